/**
 * The request log (SPEC §9): every API, Maskinporten and mutating sandbox request is recorded after its answer,
 * with its korrelasjonsid, status, duration, API version, the organisation and, for 4xx/5xx, the whole error body,
 * and what its route told the conformance report (`request.samsvar`: a lookup, a submission's saksøkte). The sandbox's
 * own read-only views (GET /sandbox/…) are left out, so the console's refreshes never crowd out the integration's
 * traffic. The hooks only queue; `app.forespoerselslogg` writes in batches (server/sandbox/logg.ts).
 */
import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { Forespoerselslogg } from '../../sandbox/logg.js';
import type { Samsvarsdata } from '../../sandbox/oppslag.js';

declare module 'fastify' {
  interface FastifyInstance {
    forespoerselslogg: Forespoerselslogg;
  }
  interface FastifyRequest {
    /** The answer body the log keeps: an error body, or a token endpoint's answer (its organisation). */
    loggSvar: string | undefined;
    /** What the route tells the conformance report (server/sandbox/oppslag.ts), set on success. */
    samsvar: Samsvarsdata | undefined;
  }
}

const TOKEN_STIER = new Set(['/maskinporten/token', '/sandbox/token']);

function logges(request: FastifyRequest): boolean {
  const { method, url } = request;
  if (request.api || url.startsWith('/maskinporten/')) return true;
  return url.startsWith('/sandbox/') && method !== 'GET' && method !== 'HEAD';
}

function bearer(request: FastifyRequest): string | undefined {
  return /^Bearer +(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
}

export default fp(
  async (app) => {
    const logg = new Forespoerselslogg(
      app.db,
      app.config.loggMaks,
      (err) => app.log.error({ err }, 'request log write failed'),
      (orgnr, grunntidMs) => app.clock.at(orgnr, grunntidMs),
    );
    app.decorate('forespoerselslogg', logg);
    app.decorateRequest('loggSvar', undefined);
    app.decorateRequest('samsvar', undefined);

    // Peeks at the final payload (after the XML rendering): only error bodies and token answers are kept.
    app.addHook('onSend', (request, reply, payload, done) => {
      if (typeof payload === 'string' && (reply.statusCode >= 400 || (request.method === 'POST' && TOKEN_STIER.has(request.url)))) {
        request.loggSvar = payload;
      }
      done(null, payload);
    });

    app.addHook('onResponse', (request, reply, done) => {
      if (logges(request)) {
        const tenant = request.tenant as FastifyRequest['tenant'] | null;
        const feil = reply.statusCode >= 400;
        const advarsel = reply.getHeader('advarsel');
        logg.registrer({
          tidspunkt: app.clock.now(tenant?.orgnr ?? null),
          metode: request.method,
          url: request.url,
          status: reply.statusCode,
          korrelasjonsid: request.id,
          varighetMs: Math.round(reply.elapsedTime * 10) / 10,
          versjon: request.api?.versjon ?? null,
          orgnr: tenant?.orgnr ?? null,
          svar: request.loggSvar,
          svarType: request.loggSvar === undefined ? undefined : String(reply.getHeader('content-type') ?? ''),
          bearer: feil && !tenant && request.api ? bearer(request) : undefined,
          advarsel: typeof advarsel === 'string' ? advarsel : undefined,
          samsvar: request.samsvar,
          kallbrudd: request.kallbrudd,
        });
      }
      done();
    });

    app.addHook('preClose', (done) => {
      logg.flush();
      done();
    });
  },
  { name: 'request-log', dependencies: ['store', 'clock', 'errors', 'auth', 'etikette'] },
);
