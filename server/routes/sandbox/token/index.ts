/**
 * POST /sandbox/token (SPEC §9): the developers' off-line shortcut to a Maskinporten access token, without a grant.
 * Unauthenticated by design.
 */
import type { FastifyInstance } from 'fastify';
import { DEFAULT_LIFETIME_SECONDS } from '../../../auth/issuer.js';
import { MAX_SANDBOX_LIFETIME, sandboxGrant, type SandboxTokenRequest } from '../../../auth/sandbox-token.js';

const orgnr = { type: 'string', pattern: '^[0-9]{9}$' } as const;

const schema = {
  body: {
    type: 'object',
    required: ['orgnr'],
    additionalProperties: false,
    properties: {
      orgnr,
      systembrukerOrgnr: orgnr,
      scope: { type: 'string', pattern: '\\S', maxLength: 1000 },
      levetidSekunder: { type: 'integer', minimum: 1, maximum: MAX_SANDBOX_LIFETIME },
    },
  },
} as const;

export default async function sandboxToken(app: FastifyInstance): Promise<void> {
  app.post('/', { schema }, async (request) => {
    const body = request.body as SandboxTokenRequest;
    return app.issuer.issue(sandboxGrant(body), { lifetimeSeconds: body.levetidSekunder ?? DEFAULT_LIFETIME_SECONDS });
  });
}
