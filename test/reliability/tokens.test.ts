/**
 * Token attacks, the attacker's view end to end (SPEC §3, §11): forged, expired, foreign and tampered tokens against a
 * real route over a real port, where a wrongly accepted token would read a stored case (200). Every one is refused
 * with 401 KB-004 (403 KB-005 for scope) and the error body; no key a token brings along is ever fetched. Then tenant
 * isolation (404, not 403), a system user acting for another innsender, and grant abuse at /maskinporten/token.
 */
import t from 'tap';
import { createServer } from 'node:http';
import { createHmac, createPublicKey, randomUUID } from 'node:crypto';
import type { JWK } from 'jose';
import { API, example, testApp, tokenFor } from '../helpers.js';
import { lastOppVedleggFor } from '../vedlegg-fixture.js';
import { accessClaims, certificate, forgedToken, grantClaims, GRANT_TYPE, issuerKey, keyPair, now, registeredClient, sign } from '../auth/kit.js';
import { errorBodyProblem, type Answer } from './kit.js';

const ORG = '312597772';
const ANNEN_ORG = '311758489';

const app = await testApp();
t.teardown(() => app.close());
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

// A case of ORG, so that a token wrongly accepted for ORG would read it (200) instead of being refused.
const token = await tokenFor(app, ORG);
const begjaering = await lastOppVedleggFor(app, token, example('enkel'));
const opprettet = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers: { authorization: `Bearer ${token}` }, payload: begjaering });
const ref = (opprettet.json() as { eksternSaksreferanse: string }).eksternSaksreferanse;
const sak = `${API}/utleggsbegjaering/${ref}`;

// An attacker's key server: a token pointing the verifier at it (jku, x5u) must never make it call.
let keyServerHits = 0;
const keyServer = createServer((_req, res) => {
  keyServerHits++;
  res.end('{}');
});
await new Promise<void>((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
t.teardown(() => keyServer.close());
const attackerUrl = `http://127.0.0.1:${(keyServer.address() as { port: number }).port}`;

async function call(path: string, authorization?: string, init: RequestInit = {}): Promise<Answer & { json: Record<string, unknown> }> {
  const res = await fetch(`${base}${path}`, { ...init, headers: { ...(authorization ? { authorization } : {}), ...(init.headers ?? {}) } });
  const body = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(body) as Record<string, unknown>;
  } catch {
    // checked by errorBodyProblem
  }
  return { status: res.status, headers: Object.fromEntries(res.headers), body, json };
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function forgeries(): Promise<[string, string, number][]> {
  const issuer = await issuerKey(app);
  const attacker = await keyPair();
  const claims = accessClaims(app);
  const publicPem = createPublicKey({ key: issuer.jwk as JWK & { kty: 'RSA' }, format: 'jwk' }).export({ type: 'spki', format: 'pem' }) as string;
  const hs256 = (secret: string | Buffer) => {
    const input = `${b64({ alg: 'HS256', typ: 'JWT', kid: issuer.kid })}.${b64(claims)}`;
    return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
  };
  const valid = await forgedToken(app);
  const [h, p, s] = valid.split('.') as [string, string, string];
  const tampered = { ...JSON.parse(Buffer.from(p, 'base64url').toString()), consumer: { authority: 'iso6523-actorid-upis', ID: `0192:${ANNEN_ORG}` } };
  const cert = certificate('/CN=angriper/serialNumber=312597772');
  const t0 = now();
  const list: [string, string, number][] = [
    ['alg none', `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`, 401],
    ['alg None with the issuer kid', `${b64({ alg: 'None', kid: issuer.kid })}.${b64(claims)}.`, 401],
    ['HS256 keyed with the public key (PEM)', hs256(publicPem), 401],
    ['HS256 keyed with the public modulus', hs256(Buffer.from(String(issuer.jwk.n), 'base64url')), 401],
    ['the issuer kid, signed by another key', await sign(claims, attacker.privateKey, { alg: 'RS256', kid: issuer.kid }), 401],
    ['an attacker key embedded as jwk', await sign(claims, attacker.privateKey, { alg: 'RS256', jwk: attacker.publicJwk }), 401],
    ['an attacker key embedded as jwk, with the issuer kid', await sign(claims, attacker.privateKey, { alg: 'RS256', kid: issuer.kid, jwk: attacker.publicJwk }), 401],
    ['an attacker key set named by jku', await sign(claims, attacker.privateKey, { alg: 'RS256', kid: attacker.kid, jku: `${attackerUrl}/jwks` }), 401],
    ['an attacker certificate named by x5u', await sign(claims, attacker.privateKey, { alg: 'RS256', kid: attacker.kid, x5u: `${attackerUrl}/cert.pem` }), 401],
    ['an unknown kid', await sign(claims, attacker.privateKey, { alg: 'RS256', kid: 'ukjent' }), 401],
    ['expired ten minutes ago', await forgedToken(app, { iat: t0 - 720, exp: t0 - 600 }), 401],
    ['not valid before ten minutes from now (nbf)', await forgedToken(app, { nbf: t0 + 600 }), 401],
    ['issued ten minutes from now (iat)', await forgedToken(app, { iat: t0 + 600, exp: t0 + 720 }), 401],
    ['without exp', await forgedToken(app, { exp: undefined }), 401],
    ['the real Maskinporten as issuer', await forgedToken(app, { iss: 'https://maskinporten.no/' }), 401],
    ['the issuer without its trailing slash', await forgedToken(app, { iss: app.issuer.url.replace(/\/$/, '') }), 401],
    ['a malformed consumer', await forgedToken(app, { consumer: { authority: 'iso6523-actorid-upis', ID: '0192:31259777' } }), 401],
    ['a consumer of another scheme', await forgedToken(app, { consumer: { authority: 'iso6523-actorid-upis', ID: `9908:${ORG}` } }), 401],
    ['the payload changed to another organisation', `${h}.${b64(tampered)}.${s}`, 401],
    ['the signature of another token', `${h}.${p}.${(await forgedToken(app)).split('.')[2]}`, 401],
    ['no scope', await forgedToken(app, { scope: undefined }), 403],
    ['another scope', await forgedToken(app, { scope: 'skatteetaten:annet' }), 403],
    ['a partial scope', await forgedToken(app, { scope: 'skatteetaten:utleggsbegjaering.les' }), 403],
    ['the scope as a prefix of another', await forgedToken(app, { scope: 'skatteetaten:utleggsbegjaeringx' }), 403],
  ];
  if (cert) list.push(['an attacker certificate embedded as x5c', await sign(claims, cert.privateKey, { alg: 'RS256', x5c: cert.x5c }), 401]);
  return list;
}

t.test('forged and invalid access tokens are refused on a real route', async (t) => {
  const list = await forgeries();
  for (const [name, forged, status] of list) {
    const res = await call(sak, `Bearer ${forged}`);
    t.equal(res.status, status, `${name}: ${res.json.melding ?? res.body.slice(0, 100)}`);
    t.equal(errorBodyProblem(res), undefined, `${name}: error body`);
    t.equal(res.json.kode, status === 401 ? 'KB-004' : 'KB-005');
    t.match(res.headers['www-authenticate'], status === 401 ? 'error="invalid_token"' : 'error="insufficient_scope"');
  }
  t.equal(keyServerHits, 0, 'no key or certificate a token named was fetched');
  t.comment(`${list.length} forged tokens refused`);
  const control = await call(sak, `Bearer ${await forgedToken(app)}`);
  t.equal(control.status, 200, 'the control: the same claims, properly signed, read the case');
});

t.test('a token from another sandbox (its own keys, the same issuer URL) is refused', async (t) => {
  const other = await testApp();
  t.teardown(() => other.close());
  t.equal((await call(sak, `Bearer ${await tokenFor(other, ORG)}`)).status, 401);
});

t.test('organisation A cannot reach B: 404 as for what does not exist', async (t) => {
  const annen = `Bearer ${await tokenFor(app, ANNEN_ORG)}`;
  const uuid = (begjaering as { vedlegg: { uuid: string }[] }).vedlegg[0]!.uuid;
  const probes: [string, string, RequestInit?][] = [
    ['read the case', sak],
    ['its status', `${API}/status/${ref}`],
    ['its attachment', `${API}/vedlegg/${uuid}`],
    ['the attachment content', `${API}/vedlegg/${uuid}/innhold`],
    ['change it', sak, { method: 'PUT', body: JSON.stringify(begjaering), headers: { 'content-type': 'application/json' } }],
    ['validate a change', `${API}/utleggsbegjaering/valider/${ref}`, { method: 'PUT', body: JSON.stringify(begjaering), headers: { 'content-type': 'application/json' } }],
    ['delete the attachment', `${API}/vedlegg/${uuid}`, { method: 'DELETE' }],
  ];
  for (const [name, path, init] of probes) {
    const res = await call(path, annen, init);
    const unknown = await call(path.replace(ref, randomUUID()).replace(uuid, randomUUID()), annen, init);
    t.equal(res.status, 404, `${name}: 404`);
    t.same([res.json.kode, res.json.melding?.toString().replace(ref, 'X').replace(uuid, 'X')], [unknown.json.kode, unknown.json.melding?.toString().replace(/[0-9a-f-]{36}/, 'X')], `${name}: as for an unknown one`);
  }
  const feed = await call(`${API}/hendelser?maksAntall=1000`, annen);
  t.notMatch(feed.body, ref, "B's event feed does not mention A's case");
  t.equal((await call(`${API}/vedlegg/${uuid}`, `Bearer ${token}`)).status, 200, "A's attachment is still there");
});

t.test('a system user acting for an organisation that is not the innsender: 422', async (t) => {
  // The vendor ORG logs in as the system user of its customer ANNEN_ORG; the begjæring names ORG as innsender.
  const systembruker = `Bearer ${await tokenFor(app, ORG, { systembrukerOrgnr: ANNEN_ORG })}`;
  const res = await call(`${API}/utleggsbegjaering/valider`, systembruker, {
    method: 'POST', body: JSON.stringify({ ...begjaering, innsenderReferanse: 'systembruker-1' }), headers: { 'content-type': 'application/json' },
  });
  t.equal(res.status, 422);
  const koder = (res.json.kontrollutslag as { kode: string }[]).map((k) => k.kode);
  t.ok(koder.includes('INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING'), koder.join(','));
  t.equal((await call(sak, systembruker)).status, 404, "the system user's organisation does not see the vendor's case");
});

t.test('grant abuse at /maskinporten/token', async (t) => {
  const client = `angriper-${randomUUID().slice(0, 8)}`;
  const pair = await registeredClient(app, client, ORG);
  const post = (form: Record<string, string>) => call('/maskinporten/token', undefined, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString(),
  });
  const grant = await sign(grantClaims(app, client), pair.privateKey, { alg: 'RS256', kid: pair.kid });
  t.equal((await post({ grant_type: GRANT_TYPE, assertion: grant })).status, 200, 'the grant once');
  const replay = await post({ grant_type: GRANT_TYPE, assertion: grant });
  t.same([replay.status, replay.json.error], [400, 'invalid_grant'], 'the same grant again: refused');
  const padded = await sign(grantClaims(app, client, { fyll: 'x'.repeat(100_000) }), pair.privateKey, { alg: 'RS256', kid: pair.kid });
  const big = await post({ grant_type: GRANT_TYPE, assertion: padded });
  t.ok(big.status === 400 && typeof big.json.error === 'string', `a 100 KB assertion: ${big.status} ${String(big.json.error)}`);
  const huge = await post({ grant_type: GRANT_TYPE, assertion: 'a'.repeat(2 * 1024 * 1024) });
  t.ok(huge.status >= 400 && huge.status < 500 && typeof huge.json.error === 'string', `a 2 MB form: ${huge.status} ${String(huge.json.error)}`);
  const stolen = await sign(grantClaims(app, client), (await keyPair()).privateKey, { alg: 'RS256', kid: pair.kid });
  t.same((await post({ grant_type: GRANT_TYPE, assertion: stolen })).status, 400, "the client's kid with another key: refused");
  const none = `${b64({ alg: 'none', kid: pair.kid })}.${b64(grantClaims(app, client))}.`;
  t.same((await post({ grant_type: GRANT_TYPE, assertion: none })).status, 400, 'an unsigned grant: refused');
  t.comment('a grant accepted once; its replay and 4 forged or oversized grants refused');
});
