/** Test kit for the auth tests: an app with a probe route behind the API's auth hook, key pairs, grants and tokens. */
import type { FastifyInstance } from 'fastify';
import { generateKeyPair, exportJWK, importJWK, SignJWT, type CryptoKey, type JWK, type JWTPayload, type JWTHeaderParameters } from 'jose';
import { createPrivateKey, randomUUID, X509Certificate, type KeyObject } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../server/app.js';
import type { Config } from '../../server/config.js';
import { API, testConfig, tokenFor } from '../helpers.js';
import apiAuth from '../../server/routes/api/autohooks.js';

export const ORG = '312597772';
export const OTHER_ORG = '311758489';
export const PROBE = `${API}/auth-probe`;
export const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
export const GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** A built app plus a test-only route under the API prefix guarded by the real autohooks module; answers request.tenant. */
export async function probeApp(overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  const app = await buildApp(testConfig(overrides));
  await app.register(
    async (scope) => {
      await apiAuth(scope);
      scope.get('/auth-probe', async (request) => request.tenant);
    },
    { prefix: API },
  );
  await app.ready();
  return app;
}

export const now = () => Math.floor(Date.now() / 1000);

export interface KeyPair {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export async function keyPair(alg = 'RS256', kid = `kid-${randomUUID()}`): Promise<KeyPair> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid } };
}

/** The sandbox issuer's own signing key, read from its database (to forge tokens the verifier must judge). */
export async function issuerKey(app: FastifyInstance): Promise<{ kid: string; key: CryptoKey; jwk: JWK }> {
  await app.issuer.jwks(); // a new database's key is generated at its first use
  const row = app.db.prepare('SELECT kid, private_jwk FROM maskinporten_signing_key ORDER BY rowid LIMIT 1').get() as { kid: string; private_jwk: string };
  const jwk = JSON.parse(row.private_jwk) as JWK;
  return { kid: row.kid, key: (await importJWK(jwk, 'RS256')) as CryptoKey, jwk };
}

/** Access-token claims as the sandbox issues them, with overrides (undefined removes a claim). */
export function accessClaims(app: FastifyInstance, overrides: Record<string, unknown> = {}): JWTPayload {
  const t = now();
  const claims: Record<string, unknown> = {
    aud: 'unspecified',
    scope: 'skatteetaten:utleggsbegjaering',
    iss: app.issuer.url,
    client_amr: 'virksomhetssertifikat',
    token_type: 'Bearer',
    exp: t + 120,
    iat: t,
    client_id: 'test',
    jti: randomUUID(),
    consumer: { authority: 'iso6523-actorid-upis', ID: `0192:${ORG}` },
    ...overrides,
  };
  for (const [k, v] of Object.entries(claims)) if (v === undefined) delete claims[k];
  return claims as JWTPayload;
}

export async function sign(claims: JWTPayload, key: CryptoKey | KeyObject, header: JWTHeaderParameters): Promise<string> {
  return new SignJWT(claims).setProtectedHeader(header).sign(key);
}

/** A token signed with the issuer's own key: valid unless the overrides make it otherwise. */
export async function forgedToken(app: FastifyInstance, overrides: Record<string, unknown> = {}, header: Partial<JWTHeaderParameters> = {}): Promise<string> {
  const { kid, key } = await issuerKey(app);
  return sign(accessClaims(app, overrides), key, { alg: 'RS256', kid, ...header });
}

export function probe(app: FastifyInstance, token?: string, authorization = token && `Bearer ${token}`) {
  return app.inject({ method: 'GET', url: PROBE, headers: authorization ? { authorization } : {} });
}

/** Grant claims as a vendor's client builds them (domain.md §3.3), with overrides (undefined removes a claim). */
export function grantClaims(app: FastifyInstance, clientId: string, overrides: Record<string, unknown> = {}): JWTPayload {
  const t = now();
  const claims: Record<string, unknown> = {
    aud: app.issuer.url,
    iss: clientId,
    iat: t,
    exp: t + 120,
    jti: randomUUID(),
    scope: 'skatteetaten:utleggsbegjaering',
    ...overrides,
  };
  for (const [k, v] of Object.entries(claims)) if (v === undefined) delete claims[k];
  return claims as JWTPayload;
}

export function postGrant(app: FastifyInstance, assertion: string, grantType = GRANT_TYPE) {
  return app.inject({
    method: 'POST',
    url: '/maskinporten/token',
    headers: FORM,
    payload: new URLSearchParams({ grant_type: grantType, assertion }).toString(),
  });
}

/** Registers a client with a fresh key via POST /sandbox/klienter; returns the key. */
export async function registeredClient(app: FastifyInstance, clientId: string, orgnr = ORG, scopes?: string[], pair?: KeyPair): Promise<KeyPair> {
  pair ??= await keyPair();
  const res = await app.inject({
    method: 'POST',
    url: '/sandbox/klienter',
    headers: { authorization: `Bearer ${await tokenFor(app, orgnr)}` },
    payload: { clientId, orgnr, jwk: pair.publicJwk, ...(scopes ? { scopes } : {}) },
  });
  if (res.statusCode !== 201) throw new Error(`register ${clientId}: ${res.statusCode} ${res.body}`);
  return pair;
}

export const payloadOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

/** A self-signed business certificate made with openssl (node:crypto cannot create certificates); undefined without openssl. */
export function certificate(subject: string): { x5c: string[]; privateKey: KeyObject } | undefined {
  if (!hasOpenssl()) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'auth-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', subject], {
      stdio: 'ignore',
    });
    const cert = new X509Certificate(readFileSync(join(dir, 'cert.pem')));
    return { x5c: [cert.raw.toString('base64')], privateKey: createPrivateKey(readFileSync(join(dir, 'key.pem'))) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
