/**
 * GET /sandbox/rapport (modelled): the conformance report of the caller's organisation, per API version and in all,
 * held against every rule (each runs under its models' versions). JSON by default; a page for
 * `?format=html` or an Accept that names text/html before JSON (a browser).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { lagRapport, rapportHtml } from '../../../sandbox/samsvar.js';

type Query = FastifyRequest<{ Querystring: { format?: unknown } }>;

function vilHaHtml(request: Query): boolean {
  const format = request.query?.format;
  if (format !== undefined) return format === 'html';
  const accept = request.headers.accept ?? '';
  const html = accept.indexOf('text/html');
  const json = accept.indexOf('application/json');
  return html >= 0 && (json < 0 || html < json);
}

export default async function rapport(app: FastifyInstance): Promise<void> {
  app.get('/', async (request: Query, reply) => {
    const tenant = await app.authenticateSandbox(request);
    const naa = app.clock.now(tenant.orgnr);
    const r = lagRapport(tenant.orgnr, app.config.sandboxModus, app.forespoerselslogg.tellere(tenant.orgnr, naa), await app.regler.alle(), naa);
    if (vilHaHtml(request)) return reply.type('text/html; charset=utf-8').send(rapportHtml(r));
    return r;
  });
}
