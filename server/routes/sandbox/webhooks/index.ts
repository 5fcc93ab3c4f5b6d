/**
 * /sandbox/webhooks (modelled): the organisation's webhooks. Each event is POSTed at least once, signed with
 * `X-Sandbox-Signatur: sha256=<HMAC-SHA256 of the raw body>`; the secret is shown only in the 201. A URL the
 * webhook policy refuses (metadata and link-local addresses, the sandbox itself, outside WEBHOOK_ALLOWLIST) is 400.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../../../errors.js';
import { UgyldigWebhook } from '../../../sak/webhook-policy.js';

type Registrering = FastifyRequest<{ Body: { url: string; hemmelighet?: string; hendelsestyper?: string[] } }>;
type Sletting = FastifyRequest<{ Querystring: { id?: unknown } }>;

export default async function webhooks(app: FastifyInstance) {
  app.post('/', { schema: { body: { $ref: 'WebhookRequest#' } } }, async (request: Registrering, reply) => {
    const tenant = await app.authenticateSandbox(request);
    const { url, hemmelighet, hendelsestyper } = request.body;
    try {
      return reply.code(201).send(await app.webhooks.registrer(tenant.orgnr, url, app.clock.now(tenant.orgnr), { hemmelighet, hendelsestyper }));
    } catch (err) {
      if (err instanceof UgyldigWebhook) throw new ApiError(400, 'KB-006', err.message);
      throw err;
    }
  });

  app.get('/', async (request) => {
    const tenant = await app.authenticateSandbox(request);
    return app.webhooks.liste(tenant.orgnr);
  });

  app.delete('/', async (request: Sletting, reply) => {
    const tenant = await app.authenticateSandbox(request);
    const id = request.query?.id;
    if (id !== undefined && typeof id !== 'string') throw new ApiError(400, 'KB-006', 'id må oppgis én gang');
    if (!app.webhooks.slett(tenant.orgnr, id)) throw new ApiError(404, 'KB-009', `Ingen webhook med id ${id}`);
    return reply.code(204).send();
  });
}
