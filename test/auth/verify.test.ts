/** Access-token verification on API routes (SPEC §3): every refusal, and what the tenant becomes. */
import t, { type Test } from 'tap';
import { createPublicKey, type JsonWebKey } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { base64url, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { API, tokenFor } from '../helpers.js';
import { forgedToken, issuerKey, keyPair, ORG, OTHER_ORG, probe, probeApp, sign, accessClaims, now } from './kit.js';

const INVALID = 'Bearer error="invalid_token"';

t.test('access-token refusals', async (t) => {
  const app = await probeApp();
  t.teardown(() => app.close());

  const refused = async (t: Test, name: string, token: string | undefined, authorization?: string) => {
    const res = await probe(app, token, authorization);
    t.equal(res.statusCode, 401, `${name}: 401`);
    t.equal(res.json().kode, 'KB-004', `${name}: KB-004`);
    t.equal(res.headers['www-authenticate'], INVALID, `${name}: invalid_token challenge`);
    t.ok(res.json().korrelasjonsid, `${name}: error body carries korrelasjonsid`);
  };

  t.test('missing Authorization: challenge without an error code (RFC 6750 §3.1)', async (t) => {
    const res = await probe(app);
    t.equal(res.statusCode, 401);
    t.equal(res.json().kode, 'KB-004');
    t.equal(res.headers['www-authenticate'], 'Bearer realm="utleggsbegjaering"');
  });

  t.test('malformed headers and tokens', async (t) => {
    await refused(t, 'Basic scheme', undefined, 'Basic dXNlcjpwYXNz');
    await refused(t, 'Bearer without token', undefined, 'Bearer ');
    await refused(t, 'not a JWT', 'not-a-jwt');
    await refused(t, 'garbage segments', 'a.b.c');
  });

  t.test('alg none', async (t) => {
    const header = base64url.encode(JSON.stringify({ alg: 'none' }));
    const payload = base64url.encode(JSON.stringify(accessClaims(app)));
    await refused(t, 'alg none', `${header}.${payload}.`);
  });

  t.test('HS256 signed with the public key as the secret (key confusion)', async (t) => {
    const { kid, jwk } = await issuerKey(app);
    const pub = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e } as JsonWebKey, format: 'jwk' });
    const pem = pub.export({ type: 'spki', format: 'pem' }) as string;
    const jwks = (await app.inject('/maskinporten/jwks')).body;
    for (const [name, secret] of [['PEM', pem], ['JWKS JSON', jwks], ['JWK JSON', JSON.stringify(JSON.parse(jwks).keys[0])]] as const) {
      const token = await new SignJWT(accessClaims(app)).setProtectedHeader({ alg: 'HS256', kid }).sign(new TextEncoder().encode(secret));
      await refused(t, `HS256 with ${name}`, token);
    }
  });

  t.test('expired, with 10 s leeway', async (t) => {
    await refused(t, 'expired 30 s ago', await forgedToken(app, { iat: now() - 150, exp: now() - 30 }));
    const res = await probe(app, await forgedToken(app, { iat: now() - 125, exp: now() - 5 }));
    t.equal(res.statusCode, 200, 'expired 5 s ago is within leeway');
  });

  t.test('iat in the future, with 10 s leeway', async (t) => {
    await refused(t, 'iat 60 s ahead', await forgedToken(app, { iat: now() + 60, exp: now() + 180 }));
    const res = await probe(app, await forgedToken(app, { iat: now() + 5 }));
    t.equal(res.statusCode, 200, 'iat 5 s ahead is within leeway');
  });

  t.test('missing exp or iat', async (t) => {
    await refused(t, 'no exp', await forgedToken(app, { exp: undefined }));
    await refused(t, 'no iat', await forgedToken(app, { iat: undefined }));
  });

  t.test('wrong issuer', async (t) => {
    await refused(t, 'foreign issuer', await forgedToken(app, { iss: 'https://evil.example/maskinporten/' }));
    await refused(t, 'issuer without trailing slash', await forgedToken(app, { iss: app.issuer.url.slice(0, -1) }));
    await refused(t, 'real Maskinporten, not trusted', await forgedToken(app, { iss: 'https://test.maskinporten.no/' }));
    await refused(t, 'no issuer', await forgedToken(app, { iss: undefined }));
  });

  t.test('missing scope: 403 KB-005 insufficient_scope', async (t) => {
    for (const scope of [undefined, 'skatteetaten:annet', 'skatteetaten:utleggsbegjaering:les']) {
      const res = await probe(app, await forgedToken(app, { scope }));
      t.equal(res.statusCode, 403, `scope ${scope}`);
      t.equal(res.json().kode, 'KB-005');
      t.equal(res.headers['www-authenticate'], 'Bearer error="insufficient_scope"');
    }
    const several = await probe(app, await forgedToken(app, { scope: 'difi:test skatteetaten:utleggsbegjaering' }));
    t.equal(several.statusCode, 200, 'the scope among several is enough');
  });

  t.test('tampered payload', async (t) => {
    const [h, , s] = (await tokenFor(app, ORG)).split('.');
    const payload = base64url.encode(JSON.stringify(accessClaims(app, { consumer: { authority: 'iso6523-actorid-upis', ID: `0192:${OTHER_ORG}` } })));
    await refused(t, 'payload swapped under a valid signature', `${h}.${payload}.${s}`);
  });

  t.test('unknown or missing kid', async (t) => {
    await refused(t, 'unknown kid', await forgedToken(app, {}, { kid: 'no-such-kid' }));
    await refused(t, 'no kid', await forgedToken(app, {}, { kid: undefined }));
  });

  t.test('embedded keys are never used: jwk, jku, x5u, x5c headers', async (t) => {
    const attacker = await keyPair();
    const claims = accessClaims(app);
    const { kid } = await issuerKey(app);
    await refused(t, 'jwk header', await sign(claims, attacker.privateKey, { alg: 'RS256', jwk: attacker.publicJwk }));
    await refused(t, 'jwk header with our kid', await sign(claims, attacker.privateKey, { alg: 'RS256', kid, jwk: attacker.publicJwk }));
    await refused(t, 'jku header', await sign(claims, attacker.privateKey, { alg: 'RS256', kid, jku: 'https://evil.example/jwks' }));
    await refused(t, 'x5u header', await sign(claims, attacker.privateKey, { alg: 'RS256', kid, x5u: 'https://evil.example/cert' }));
    await refused(t, 'x5c header', await sign(claims, attacker.privateKey, { alg: 'RS256', kid, x5c: ['MIIB'] }));
    await refused(t, 'signed by another key under our kid', await sign(claims, attacker.privateKey, { alg: 'RS256', kid }));
  });

  t.test('consumer and system user must be 0192 + 9 digits', async (t) => {
    const org = (ID: string) => ({ authority: 'iso6523-actorid-upis', ID });
    await refused(t, 'consumer missing', await forgedToken(app, { consumer: undefined }));
    await refused(t, 'consumer 8 digits', await forgedToken(app, { consumer: org('0192:31259777') }));
    await refused(t, 'consumer other scheme', await forgedToken(app, { consumer: org('9908:312597772') }));
    await refused(t, 'consumer without prefix', await forgedToken(app, { consumer: org(ORG) }));
    await refused(t, 'consumer as string', await forgedToken(app, { consumer: `0192:${ORG}` }));
    const details = [{ type: 'urn:altinn:systemuser', systemuser_org: org('0192:1234') }];
    await refused(t, 'systemuser_org malformed', await forgedToken(app, { authorization_details: details }));
  });
});

t.test('accepted tokens and the tenant they give', async (t) => {
  const app = await probeApp();
  t.teardown(() => app.close());

  const sandbox = await probe(app, await tokenFor(app, ORG));
  t.equal(sandbox.statusCode, 200);
  t.same(sandbox.json(), { orgnr: ORG, consumerOrgnr: ORG, clientId: 'sandbox', scopes: ['skatteetaten:utleggsbegjaering'], admin: false });

  const systemuser = await probe(app, await tokenFor(app, ORG, { systembrukerOrgnr: OTHER_ORG }));
  t.match(systemuser.json(), { orgnr: OTHER_ORG, consumerOrgnr: ORG, systembrukerOrgnr: OTHER_ORG }, 'system user: påloggetOrgnr is the customer');

  const lower = [{ type: 'urn:altinn:systemuser', systemuser_org: { authority: 'iso6523-actorid-upis', id: `0192:${OTHER_ORG}` } }];
  t.match((await probe(app, await forgedToken(app, { authorization_details: lower }))).json(), { orgnr: OTHER_ORG }, 'systemuser_org.id (Altinn spelling)');

  const supplier = await probe(app, await forgedToken(app, { supplier: { authority: 'iso6523-actorid-upis', ID: `0192:${OTHER_ORG}` } }));
  t.match(supplier.json(), { orgnr: ORG, supplierOrgnr: OTHER_ORG }, 'delegation: acts for the consumer');

  const bearer = await probe(app, undefined, `bearer ${await tokenFor(app, ORG)}`);
  t.equal(bearer.statusCode, 200, 'the scheme is case-insensitive');
});

t.test('every API route of SPEC §1 requires a token (routes not built yet are skipped)', async (t) => {
  const app = await probeApp();
  t.teardown(() => app.close());
  const routes: [string, string][] = [
    ['POST', '/utleggsbegjaering'],
    ['PUT', '/utleggsbegjaering/REF-1'],
    ['POST', '/utleggsbegjaering/valider'],
    ['PUT', '/utleggsbegjaering/valider/REF-1'],
    ['GET', '/utleggsbegjaering/REF-1'],
    ['POST', '/vedlegg'],
    ['GET', `/vedlegg/${randomUUID()}`],
    ['GET', `/vedlegg/${randomUUID()}/innhold`],
    ['DELETE', `/vedlegg/${randomUUID()}`],
    ['GET', '/status/TEST_SAK_1'],
    ['GET', '/hendelser?fraSekvensnummer=0&maksAntall=10'],
    ['POST', '/betjeningskart'],
    ['GET', '/innsyn/REF-1'],
  ];
  for (const [method, path] of routes) {
    const res = await app.inject({ method: method as 'GET', url: `${API}${path}`, headers: { 'content-type': 'application/json' }, payload: method === 'GET' || method === 'DELETE' ? undefined : '{}' });
    if (res.statusCode === 404 && res.json().kode === 'KB-003') {
      t.comment(`${method} ${path}: not built yet`);
      continue;
    }
    t.equal(res.statusCode, 401, `${method} ${path}`);
    t.equal(res.headers['www-authenticate'], 'Bearer realm="utleggsbegjaering"', `${method} ${path}: challenge`);
  }
});

t.test('a cached token still expires', async (t) => {
  const app = await probeApp();
  const realNow = Date.now;
  t.teardown(async () => {
    Date.now = realNow;
    await app.close();
  });
  const token = await tokenFor(app, ORG);
  t.equal((await probe(app, token)).statusCode, 200);
  t.equal((await probe(app, token)).statusCode, 200, 'second use (cached)');
  Date.now = () => realNow() + 200_000;
  t.equal((await probe(app, token)).statusCode, 401, 'refused once expired, though verified before');
});

t.test('issuer aliases verify as the issuer', async (t) => {
  const app = await probeApp({ issuerAliases: ['http://sandbox:8080'] });
  t.teardown(() => app.close());
  const res = await probe(app, await forgedToken(app, { iss: 'http://sandbox:8080/maskinporten/' }));
  t.equal(res.statusCode, 200);
});

t.test('TRUSTED_JWKS: another issuer by file or URL, RS384/RS512, keys bound to their issuer', async (t) => {
  const key = await keyPair('RS512');
  const jwks = JSON.stringify({ keys: [{ ...key.publicJwk, alg: 'RS512' }] });
  const dir = mkdtempSync(join(tmpdir(), 'auth-jwks-'));
  const file = join(dir, 'jwks.json');
  writeFileSync(file, jwks);
  const server = createServer((_req, res) => res.setHeader('content-type', 'application/json').end(jwks));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const app = await probeApp({
    trustedJwks: [
      { issuer: 'https://test.maskinporten.no/', jwks: file },
      { issuer: 'https://remote.example/', jwks: `http://127.0.0.1:${port}/jwks` },
    ],
  });
  t.teardown(async () => {
    await app.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const token = (iss: string) => sign(accessClaims(app, { iss }), key.privateKey, { alg: 'RS512', kid: key.kid });
  t.match((await probe(app, await token('https://test.maskinporten.no/'))).json(), { orgnr: ORG }, 'file JWKS');
  t.equal((await probe(app, await token('https://remote.example/'))).statusCode, 200, 'remote JWKS');
  t.equal((await probe(app, await token(app.issuer.url))).statusCode, 401, "a trusted key cannot sign as the sandbox's issuer");
  const unknownKid = await sign(accessClaims(app, { iss: 'https://test.maskinporten.no/' }), key.privateKey, { alg: 'RS512', kid: 'other' });
  t.equal((await probe(app, unknownKid)).statusCode, 401, 'unknown kid at a trusted issuer');
});

