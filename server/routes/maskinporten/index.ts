/**
 * The mock Maskinporten (SPEC §3): RFC 8414 metadata, the JWKS and the token endpoint. Errors here follow RFC 6749
 * (`{error, error_description}`), not the API's error body.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { OAuthError } from '../../auth/oauth-error.js';
import { noStore } from '../../auth/no-store.js';

const FORM = 'application/x-www-form-urlencoded';
/** Room for a 16 KB assertion (the grant's own limit answers invalid_request) plus the other parameters. */
const FORM_BODY_LIMIT = 64 * 1024;

/** Form parameters; RFC 6749 §3.2: a parameter must not be sent more than once. */
function parseForm(body: string): Record<string, string> {
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of new URLSearchParams(body)) {
    if (name in params) throw new OAuthError('invalid_request', `Parameter ${name} is repeated`);
    params[name] = value;
  }
  return params;
}

export default async function maskinporten(app: FastifyInstance): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(FORM, { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT }, (_request, body, done) => {
    try {
      done(null, parseForm(body as string));
    } catch (err) {
      done(err as Error, undefined);
    }
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof OAuthError) return reply.code(error.status).send(error.body());
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'token endpoint failed');
      return reply.code(500).send({ error: 'server_error', error_description: 'Unexpected error' });
    }
    const why = error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? `Content-Type must be ${FORM}` : error.message;
    return reply.code(400).send(new OAuthError('invalid_request', why).body());
  });

  // RFC 8414 §3: the issuer's own well-known URL; the path-insertion one is in routes/well-known.ts.
  app.get('/.well-known/oauth-authorization-server', async (request) => app.issuer.metadata(app.issuer.forHost(request.host)));

  app.get('/jwks', async () => app.issuer.jwks());

  app.post('/token', { onRequest: noStore }, async (request) => app.maskinporten.token((request.body ?? {}) as Record<string, string>));
}
