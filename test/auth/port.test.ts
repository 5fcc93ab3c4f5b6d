/** A vendor's Maskinporten client over a real port: metadata, client registration, a signed grant posted as a form. */
import t from 'tap';
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { keyPair, ORG, PROBE, probeApp } from './kit.js';

t.test('jwt-bearer grant over HTTP, then an API call with the token', async (t) => {
  const app = await probeApp();
  t.teardown(() => app.close());
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

  const metadata = (await (await fetch(`${base}/maskinporten/.well-known/oauth-authorization-server`)).json()) as Record<string, string>;
  t.equal(metadata.issuer, app.issuer.url);
  const jwks = (await (await fetch(`${base}${new URL(metadata.jwks_uri!).pathname}`)).json()) as { keys: unknown[] };
  t.equal(jwks.keys.length, 1);

  const sandboxToken = (await (
    await fetch(`${base}/sandbox/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ orgnr: ORG }) })
  ).json()) as { access_token: string };
  const key = await keyPair();
  const clientId = `leverandor-${randomUUID()}`;
  const registered = await fetch(`${base}/sandbox/klienter`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${sandboxToken.access_token}` },
    body: JSON.stringify({ clientId, orgnr: ORG, jwk: key.publicJwk }),
  });
  t.equal(registered.status, 201);

  // As navikt/sokos-utleggstrekk's MaskinportenAccessTokenClient does it: aud from the metadata, RS256 + kid, a form post.
  const assertion = await new SignJWT({ scope: 'skatteetaten:utleggsbegjaering', jti: randomUUID() })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setIssuer(clientId)
    .setAudience(metadata.issuer!)
    .setIssuedAt()
    .setExpirationTime('2m')
    .sign(key.privateKey);
  const tokenUrl = `${base}${new URL(metadata.token_endpoint!).pathname}`;
  const form = new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion });
  const res = await fetch(tokenUrl, { method: 'POST', body: form });
  t.equal(res.status, 200);
  const body = (await res.json()) as { access_token: string; token_type: string; expires_in: number };
  t.match(body, { token_type: 'Bearer', expires_in: 120 });

  const replay = await fetch(tokenUrl, { method: 'POST', body: form });
  t.equal(replay.status, 400);
  t.match(await replay.json(), { error: 'invalid_grant' });

  const api = await fetch(`${base}${PROBE}`, { headers: { authorization: `Bearer ${body.access_token}` } });
  t.equal(api.status, 200);
  t.match(await api.json(), { orgnr: ORG, clientId });

  const anonymous = await fetch(`${base}${PROBE}`);
  t.equal(anonymous.status, 401);
  t.equal(anonymous.headers.get('www-authenticate'), 'Bearer realm="utleggsbegjaering"');
});
