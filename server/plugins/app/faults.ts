/**
 * Fault injection (SPEC §9): armed through POST /sandbox/feil, applied to the organisation's API requests once the
 * token is verified and before the body is validated (a backend outage does not depend on the body). With nothing
 * armed for the organisation the check is one Map lookup.
 */
import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../../errors.js';
import { Feilinjeksjoner, type FeilInjeksjon } from '../../sandbox/feilinjeksjon.js';

declare module 'fastify' {
  interface FastifyInstance {
    feilinjeksjoner: Feilinjeksjoner;
  }
}

function feilFor(f: FeilInjeksjon): ApiError | undefined {
  if (f.status === 500) return new ApiError(500, 'KB-002', 'Uventet feil i et bakenforliggende system.');
  if (f.status === 503) {
    return new ApiError(503, 'SANDBOX-503', 'Tjenesten er midlertidig utilgjengelig. Prøv igjen senere.', {
      headers: { 'Retry-After': String(f.retryAfterSekunder ?? 1) },
    });
  }
  return undefined;
}

export default fp(
  async (app) => {
    const feilinjeksjoner = new Feilinjeksjoner(app.db);
    app.decorate('feilinjeksjoner', feilinjeksjoner);

    app.addHook('preValidation', (request, _reply, done) => {
      const tenant = request.tenant as FastifyRequest['tenant'] | null;
      const f = tenant && request.api ? feilinjeksjoner.ta(tenant.orgnr, request.api, request.url) : undefined;
      if (!f) return done();
      if (!f.forsinkelseMs) return done(feilFor(f));
      setTimeout(() => done(feilFor(f)), f.forsinkelseMs);
    });
  },
  { name: 'faults', dependencies: ['store', 'errors', 'auth'] },
);
