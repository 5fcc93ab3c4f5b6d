/**
 * /sandbox/klienter (SPEC §9): register a Maskinporten client — client_id, organisation, public RSA JWK, allowed
 * scopes — so the vendor's own grant (header kid) is accepted by POST /maskinporten/token. Posting another kid for
 * the same client adds a key (a Maskinporten client may hold several); the same kid replaces it.
 */
import type { FastifyInstance } from 'fastify';
import { registrerKlient } from '../../../auth/clients.js';

interface KlientBody {
  clientId: string;
  orgnr: string;
  jwk: unknown;
  scopes?: string[];
}

const schema = { body: { $ref: 'KlientRequest#' } };

export default async function klienter(app: FastifyInstance): Promise<void> {
  app.post('/', { schema }, async (request, reply) => {
    const body = request.body as KlientBody;
    await app.authenticateSandbox(request, body.orgnr);
    return reply.code(201).send(registrerKlient(app.maskinporten.clients, body, app.clock.now(body.orgnr)));
  });

  // The calling organisation's clients (X-Orgnr or ?orgnr= names it for the admin token).
  app.get('/', async (request) => {
    const tenant = await app.authenticateSandbox(request);
    return { klienter: app.maskinporten.clients.list(tenant.consumerOrgnr) };
  });
}
