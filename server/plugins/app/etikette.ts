/**
 * Call etiquette as a decorated service (server/etikette.ts): `app.kontrollerEtikette` runs on every API call once its
 * token is verified (routes/api/autohooks.ts); the breach it finds is on `request.kallbrudd` for the request log.
 */
import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Etikette, type Kallbrudd } from '../../etikette.js';
import { leggTilAdvarsel } from '../../advarsel.js';
import type { ApiError } from '../../errors.js';

declare module 'fastify' {
  interface FastifyInstance {
    etikette: Etikette;
    /** Counts the authenticated API call in and checks it: notes a breach (Advarsel) or returns its refusal (strict). */
    kontrollerEtikette(request: FastifyRequest, reply: FastifyReply): ApiError | undefined;
  }
  interface FastifyRequest {
    /** What the call did wrong (undefined when nothing). */
    kallbrudd: Kallbrudd | undefined;
  }
}

export default fp(
  async (app) => {
    const etikette = new Etikette(app.config.etiketteMode === 'strict');
    app.decorate('etikette', etikette);
    app.decorateRequest('kallbrudd', undefined);
    app.decorate('kontrollerEtikette', (request: FastifyRequest, reply: FastifyReply) => {
      const svar = etikette.sjekk(request.tenant.orgnr, request.headers, reply.raw);
      if (!svar) return undefined;
      request.kallbrudd = svar.brudd;
      for (const advarsel of svar.advarsler) leggTilAdvarsel(reply, advarsel);
      return svar.avvisning;
    });
  },
  { name: 'etikette', dependencies: ['auth'] },
);
