/** /sandbox/token, /sandbox/klienter, the admin token, persistence of keys and clients, and `npm run token`. */
import t from 'tap';
import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { tokenFor } from '../helpers.js';
import { freePort } from '../server-process.js';
import { grantClaims, keyPair, ORG, OTHER_ORG, payloadOf, postGrant, probe, probeApp, registeredClient, sign } from './kit.js';

const ADMIN = 'admin-secret-123';
const run = promisify(execFile);

t.test('POST /sandbox/token', async (t) => {
  const app = await probeApp();
  t.teardown(() => app.close());
  const mint = (payload: Record<string, unknown>) => app.inject({ method: 'POST', url: '/sandbox/token', payload });

  for (const orgnr of ['31259777', '3125977720', 'abcdefghi', 312597772]) {
    const res = await mint({ orgnr });
    t.equal(res.statusCode, 400, `orgnr ${JSON.stringify(orgnr)}`);
    t.equal(res.json().kode, 'KB-006');
  }
  t.equal((await mint({})).statusCode, 400, 'orgnr required');
  t.equal((await mint({ orgnr: ORG, systembrukerOrgnr: '1' })).statusCode, 400, 'systembrukerOrgnr must be 9 digits');
  t.equal((await mint({ orgnr: ORG, levetidSekunder: 86_401 })).statusCode, 400, 'at most 24 h');
  t.equal((await mint({ orgnr: ORG, levetidSekunder: 0 })).statusCode, 400, 'at least 1 s');

  const res = await mint({ orgnr: ORG });
  t.equal(res.statusCode, 200);
  t.same(Object.keys(res.json()).sort(), ['access_token', 'expires_in', 'scope', 'token_type']);
  t.match(res.json(), { token_type: 'Bearer', expires_in: 120, scope: 'skatteetaten:utleggsbegjaering' });

  const day = (await mint({ orgnr: ORG, levetidSekunder: 86_400, scope: 'skatteetaten:utleggsbegjaering difi:test' })).json();
  const claims = payloadOf(day.access_token);
  t.equal(day.expires_in, 86_400);
  t.equal((claims.exp as number) - (claims.iat as number), 86_400, 'levetidSekunder sets the lifetime');
  t.equal(claims.scope, 'skatteetaten:utleggsbegjaering difi:test');

  const noApiScope = (await mint({ orgnr: ORG, scope: 'difi:test' })).json().access_token as string;
  t.equal((await probe(app, noApiScope)).statusCode, 403, 'a token without the API scope is refused with 403');
});

t.test('POST /sandbox/klienter', async (t) => {
  const app = await probeApp({ sandboxAdminToken: ADMIN });
  t.teardown(() => app.close());
  const key = await keyPair();
  const register = (payload: Record<string, unknown>, authorization?: string) =>
    app.inject({ method: 'POST', url: '/sandbox/klienter', headers: authorization ? { authorization } : {}, payload });
  const asOrg = `Bearer ${await tokenFor(app, ORG)}`;

  const unauthenticated = await register({ clientId: 'k', orgnr: ORG, jwk: key.publicJwk });
  t.equal(unauthenticated.statusCode, 401);
  t.equal(unauthenticated.json().kode, 'KB-004');

  const created = await register({ clientId: 'min-klient', orgnr: ORG, jwk: { ...key.publicJwk, alg: 'RS256', use: 'sig' }, scopes: ['skatteetaten:utleggsbegjaering'] }, asOrg);
  t.equal(created.statusCode, 201);
  t.match(created.json(), { clientId: 'min-klient', orgnr: ORG, scopes: ['skatteetaten:utleggsbegjaering'], opprettet: String });
  t.same(created.json().jwks.keys, [{ kty: 'RSA', n: key.publicJwk.n, e: key.publicJwk.e, kid: key.kid, alg: 'RS256' }]);

  const second = await keyPair();
  const added = await register({ clientId: 'min-klient', orgnr: ORG, jwk: second.publicJwk }, asOrg);
  t.equal(added.statusCode, 201);
  t.equal(added.json().jwks.keys.length, 2, 'a second kid adds a key');
  t.same(added.json().scopes, ['skatteetaten:utleggsbegjaering'], 'scopes kept when not sent');

  const forOther = await register({ clientId: 'annen', orgnr: OTHER_ORG, jwk: key.publicJwk }, asOrg);
  t.equal(forOther.statusCode, 403, "a token cannot register another organisation's client");
  t.equal(forOther.json().kode, 'KB-005');

  const admin = `Bearer ${ADMIN}`;
  const taken = await register({ clientId: 'min-klient', orgnr: OTHER_ORG, jwk: key.publicJwk }, admin);
  t.equal(taken.statusCode, 409, 'the clientId belongs to another organisation');
  t.equal(taken.json().kode, 'SANDBOX-409', 'no KB code: the table gives 409 none');
  t.equal((await register({ clientId: 'annen', orgnr: OTHER_ORG, jwk: key.publicJwk }, admin)).statusCode, 201, 'the admin token acts for any organisation');

  const privateJwk = { ...key.publicJwk, d: 'AAAA', p: 'AAAA', q: 'AAAA' };
  const secret = await register({ clientId: 'k2', orgnr: ORG, jwk: privateJwk }, asOrg);
  t.equal(secret.statusCode, 400, 'a private key is refused');
  t.match(secret.json(), { kode: 'KB-006', melding: /privat/ });
  const weak = { ...generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'jwk' }), kid: 'weak' };
  const bad: [string, unknown][] = [
    ['EC key', { kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'AAAA', kid: 'ec' }],
    ['no kid', { ...key.publicJwk, kid: undefined }],
    ['1024-bit key', weak],
    ['garbage modulus', { kty: 'RSA', n: '!!', e: 'AQAB', kid: 'x' }],
    ['encryption key', { ...key.publicJwk, use: 'enc' }],
    ['1 MB exponent', { ...key.publicJwk, e: 'x'.repeat(1024 * 1024) }],
    ['65-bit exponent', { ...key.publicJwk, e: 'AQAAAAAAAAAAAA' }],
    ['16 440-bit modulus', { ...key.publicJwk, n: 'x'.repeat(2740) }],
  ];
  for (const [name, jwk] of bad) {
    const res = await register({ clientId: 'k3', orgnr: ORG, jwk }, asOrg);
    t.equal(res.statusCode, 400, name);
    t.equal(res.json().kode, 'KB-006', name);
  }
  t.equal((await register({ clientId: 'k4', orgnr: ORG }, asOrg)).statusCode, 400, 'jwk required');

  const list = (headers: Record<string, string>, url = '/sandbox/klienter') => app.inject({ method: 'GET', url, headers });
  t.same((await list({ authorization: asOrg })).json().klienter.map((k: { clientId: string }) => k.clientId), ['min-klient']);
  t.equal((await list({ authorization: admin })).statusCode, 400, 'the admin token must name the organisation');
  t.same((await list({ authorization: admin, 'x-orgnr': OTHER_ORG })).json().klienter.map((k: { clientId: string }) => k.clientId), ['annen'], 'X-Orgnr');
  t.equal((await list({ authorization: admin }, `/sandbox/klienter?orgnr=${OTHER_ORG}`)).json().klienter.length, 1, '?orgnr=');
  t.equal((await list({ authorization: asOrg, 'x-orgnr': OTHER_ORG })).statusCode, 403, 'a token cannot name another organisation');
  t.equal((await list({ authorization: 'Bearer wrong-admin-token' })).statusCode, 401, 'a wrong admin token is just an invalid token');
  t.equal((await probe(app, ADMIN)).statusCode, 401, 'the admin token does not open the API');
});

t.test('keys, clients and used jti survive a restart on the same database file', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'auth-db-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const dbPath = join(dir, 'sandbox.db');

  const first = await probeApp({ dbPath });
  const token = await tokenFor(first, ORG);
  const jwks = (await first.inject('/maskinporten/jwks')).json();
  const key = await registeredClient(first, 'varig-klient');
  const grant = await sign(grantClaims(first, 'varig-klient'), key.privateKey, { alg: 'RS256', kid: key.kid });
  t.equal((await postGrant(first, grant)).statusCode, 200);
  await first.close();

  const second = await probeApp({ dbPath });
  t.teardown(() => second.close());
  t.same((await second.inject('/maskinporten/jwks')).json(), jwks, 'same signing key');
  t.equal((await probe(second, token)).statusCode, 200, 'a token from before the restart verifies');
  t.equal((await postGrant(second, grant)).json().error, 'invalid_grant', 'the used jti stays used');
  const again = await sign(grantClaims(second, 'varig-klient'), key.privateKey, { alg: 'RS256', kid: key.kid });
  t.equal((await postGrant(second, again)).statusCode, 200, 'the registered client is still known');
});

t.test('npm run token: a token from the running sandbox (SANDBOX_URL), verified by it', async (t) => {
  // The compiled script sits next to the compiled tests (dist/scripts, dist/test), wherever the build went.
  const script = fileURLToPath(new URL('../../scripts/token.js', import.meta.url));
  const port = await freePort();
  const app = await probeApp({ port, publicUrl: `http://127.0.0.1:${port}` });
  t.teardown(() => app.close());
  await app.listen({ port, host: '127.0.0.1' });
  const env = { ...process.env, SANDBOX_URL: `http://127.0.0.1:${port}/` };

  const { stdout } = await run(process.execPath, [script, '--org', ORG, '--systembruker', OTHER_ORG, '--levetid', '3600'], { env });
  const token = stdout.trim();
  t.match(payloadOf(token), { consumer: { ID: `0192:${ORG}` }, iss: `http://127.0.0.1:${port}/maskinporten/` });
  t.equal((payloadOf(token).exp as number) - (payloadOf(token).iat as number), 3600);
  t.match((await probe(app, token)).json(), { orgnr: OTHER_ORG, consumerOrgnr: ORG });

  const failure = (args: string[], environment = env) =>
    run(process.execPath, [script, ...args], { env: environment }).then(
      () => undefined,
      (err: { code: number; stderr: string }) => err,
    );
  for (const args of [['--org', '123'], [], ['--org', ORG, '--levetid', '99999999'], ['--org', ORG, '--nope']]) {
    const failed = await failure(args);
    t.equal(failed?.code, 2, `refuses ${args.join(' ') || 'no arguments'}`);
    t.match(failed?.stderr, /usage: npm run token/);
  }
  const nobody = await failure(['--org', ORG], { ...env, SANDBOX_URL: `http://127.0.0.1:${await freePort()}` });
  t.equal(nobody?.code, 1, 'no sandbox running');
  t.match(nobody?.stderr, /No sandbox answers at http:\/\/127\.0\.0\.1:\d+\/sandbox\/token .*npm start/);
});
