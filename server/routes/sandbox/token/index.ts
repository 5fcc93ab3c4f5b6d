/**
 * POST /sandbox/token (SPEC §9): the developers' off-line shortcut to a Maskinporten access token, without a grant.
 * Unauthenticated by design.
 */
import type { FastifyInstance } from 'fastify';
import { DEFAULT_LIFETIME_SECONDS } from '../../../auth/issuer.js';
import { sandboxGrant, type SandboxTokenRequest } from '../../../auth/sandbox-token.js';

const schema = { body: { $ref: 'SandboxTokenRequest#' } };

export default async function sandboxToken(app: FastifyInstance): Promise<void> {
  app.post('/', { schema }, async (request) => {
    const body = request.body as SandboxTokenRequest;
    return app.issuer.issue(sandboxGrant(body), { lifetimeSeconds: body.levetidSekunder ?? DEFAULT_LIFETIME_SECONDS });
  });
}
