/**
 * POST /sandbox/token (SPEC §9): the developers' off-line shortcut to a Maskinporten access token, without a grant.
 * Unauthenticated by design.
 */
import type { FastifyInstance } from 'fastify';
import { DEFAULT_LIFETIME_SECONDS } from '../../../auth/issuer.js';
import { sandboxGrant, type SandboxTokenRequest } from '../../../auth/sandbox-token.js';
import { noStore } from '../../../auth/no-store.js';

const schema = { body: { $ref: 'SandboxTokenRequest#' } };

export default async function sandboxToken(app: FastifyInstance): Promise<void> {
  app.post('/', { schema, onRequest: noStore }, async (request) => {
    const body = request.body as SandboxTokenRequest;
    return app.issuer.issue(sandboxGrant(body), { lifetimeSeconds: body.levetidSekunder ?? DEFAULT_LIFETIME_SECONDS });
  });
}
