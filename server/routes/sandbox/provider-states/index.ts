/**
 * POST /sandbox/provider-states (modelled): Pact's provider-state call, `{state, params, action}`, set up in the calling
 * organisation (server/sandbox/tilstander.ts). Pact's verifiers send it with no header of their own, so the token may
 * come as the `access_token` query parameter instead (server/auth/url-token.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { TOKEN_PARAMETER } from '../../../auth/url-token.js';
import type { Parametre, Tilstand } from '../../../sandbox/tilstander.js';

type StateRequest = FastifyRequest<{
  Body: { state?: Tilstand | ''; params?: Parametre; action?: 'setup' | 'teardown' };
  Querystring: Partial<Record<typeof TOKEN_PARAMETER, string>>;
}>;

const schema = {
  body: { $ref: 'ProviderStateRequest#' },
  querystring: { type: 'object', properties: { [TOKEN_PARAMETER]: { type: 'string', maxLength: 10_000 } } },
};

export default async function providerStates(app: FastifyInstance): Promise<void> {
  app.post('/', { schema }, async (request: StateRequest) => {
    const token = request.query[TOKEN_PARAMETER];
    if (token !== undefined && request.headers.authorization === undefined) request.headers.authorization = `Bearer ${token}`;
    const tenant = await app.authenticateSandbox(request);
    const { state, params = {}, action = 'setup' } = request.body;
    // A state adds what it needs and leaves it there: a teardown has nothing to undo (POST /sandbox/reset starts over).
    // No state is what a verifier sends for an interaction without one.
    if (action === 'teardown' || !state) return {};
    return app.tilstander.settOpp(tenant.orgnr, state, params);
  });
}
