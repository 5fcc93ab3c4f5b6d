/**
 * The mock Maskinporten as a standard OAuth client library sees it (RFC 8414, RFC 6749, RFC 7523): oauth4webapi,
 * unmodified, over a real port — discovery from the path-insertion URL it builds itself and from the issuer's own
 * well-known URL, the jwt-bearer grant with a signed assertion, the access token on an API route — and the headers
 * every token response carries.
 */
import t from 'tap';
import { randomUUID } from 'node:crypto';
import * as oauth from 'oauth4webapi';
import type { FastifyInstance } from 'fastify';
import { API, testApp } from '../helpers.js';
import { freePort } from '../server-process.js';
import { GRANT_TYPE, grantClaims, now, ORG, postGrant, registeredClient, sign, type KeyPair } from './kit.js';

const insecure = { [oauth.allowInsecureRequests]: true };

async function listening(): Promise<{ app: FastifyInstance; base: string }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app = await testApp({ port, publicUrl: base });
  await app.listen({ port, host: '127.0.0.1' });
  return { app, base };
}

/** The grant a Maskinporten client signs: aud is the issuer the metadata names (RFC 7523 §3). */
function assertion(as: oauth.AuthorizationServer, clientId: string, key: KeyPair, scope = 'skatteetaten:utleggsbegjaering'): Promise<string> {
  const iat = now();
  return sign({ aud: as.issuer, iss: clientId, iat, exp: iat + 120, jti: randomUUID(), scope }, key.privateKey, { alg: 'RS256', kid: key.kid });
}

async function grant(as: oauth.AuthorizationServer, clientId: string, signed: string): Promise<oauth.TokenEndpointResponse> {
  const client: oauth.Client = { client_id: clientId };
  const response = await oauth.genericTokenEndpointRequest(as, client, oauth.None(), GRANT_TYPE, new URLSearchParams({ assertion: signed }), insecure);
  return oauth.processGenericTokenEndpointResponse(as, client, response);
}

t.test('oauth4webapi: discovery at both metadata URLs, the jwt-bearer grant, the token on the API', async (t) => {
  const { app, base } = await listening();
  t.teardown(() => app.close());
  const issuer = new URL(`${base}/maskinporten/`);
  const key = await registeredClient(app, 'standardklient');

  const inserted = await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...insecure });
  t.equal(new URL(inserted.url).pathname, '/.well-known/oauth-authorization-server/maskinporten', 'RFC 8414 §3.1 path insertion');
  const own = await fetch(`${issuer.href}.well-known/oauth-authorization-server`);
  const servers = [await oauth.processDiscoveryResponse(issuer, inserted), await oauth.processDiscoveryResponse(issuer, own)];
  t.same(servers[0], servers[1], 'the same metadata at both URLs');

  for (const [i, as] of servers.entries()) {
    t.equal(as.issuer, issuer.href, 'issuer exactly as configured, trailing slash included');
    const token = await grant(as, 'standardklient', await assertion(as, 'standardklient', key));
    t.equal(token.token_type, 'bearer', `token ${i + 1} from ${as.token_endpoint}`);
    const status = await oauth.protectedResourceRequest(token.access_token, 'GET', new URL(`${base}${API}/status/TEST_SAK_BESLUTTET`), undefined, undefined, insecure);
    t.equal(status.status, 200, 'the access token opens the API');
  }
});

t.test('oauth4webapi: an unregistered scope is invalid_scope', async (t) => {
  const { app, base } = await listening();
  t.teardown(() => app.close());
  const issuer = new URL(`${base}/maskinporten/`);
  const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...insecure }));
  const key = await registeredClient(app, 'begrenset', ORG, ['skatteetaten:utleggsbegjaering']);
  const refused = await grant(as, 'begrenset', await assertion(as, 'begrenset', key, 'skatteetaten:utleggsbegjaering difi:annet')).then(
    () => undefined,
    (err: unknown) => err,
  );
  t.ok(refused instanceof oauth.ResponseBodyError, 'refused with an RFC 6749 error body');
  t.equal((refused as oauth.ResponseBodyError).error, 'invalid_scope');
});

t.test('every token response, answer or error, is Cache-Control: no-store and Pragma: no-cache', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const form = { 'content-type': 'application/x-www-form-urlencoded' };
  const key = await registeredClient(app, 'klient');
  const answers = {
    grant: await postGrant(app, await sign(grantClaims(app, 'klient'), key.privateKey, { alg: 'RS256', kid: key.kid })),
    'sandbox token': await app.inject({ method: 'POST', url: '/sandbox/token', payload: { orgnr: ORG } }),
    'sandbox token, refused': await app.inject({ method: 'POST', url: '/sandbox/token', payload: { orgnr: '1' } }),
    'sandbox token at /sandbox/token/': await app.inject({ method: 'POST', url: '/sandbox/token/', payload: { orgnr: ORG } }),
    'grant, refused': await app.inject({ method: 'POST', url: '/maskinporten/token', headers: form, payload: `grant_type=${GRANT_TYPE}` }),
    'grant, wrong content type': await app.inject({ method: 'POST', url: '/maskinporten/token', payload: { grant_type: GRANT_TYPE } }),
  };
  t.equal(answers.grant.statusCode, 200);
  t.equal(answers['sandbox token'].statusCode, 200);
  for (const [name, res] of Object.entries(answers)) {
    t.equal(res.headers['cache-control'], 'no-store', `${name} (${res.statusCode}): Cache-Control`);
    t.equal(res.headers.pragma, 'no-cache', `${name}: Pragma`);
  }
  const grantAnswer = await app.inject({ method: 'POST', url: '/maskinporten/token', headers: form, payload: 'grant_type=x' });
  t.equal(grantAnswer.json().error, 'unsupported_grant_type', 'the grant answers RFC 6749 errors');
  t.equal(grantAnswer.headers['cache-control'], 'no-store');
});
