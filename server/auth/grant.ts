/**
 * The JWT-bearer grant, checked as the real Maskinporten does (reference/domain.md §3.3): header alg RS256/384/512
 * with `kid` (a key registered for the client) or `x5c` (business certificate); claims aud = issuer, iss = client_id,
 * iat within ±10 s, exp − iat ≤ 120 s, jti never reused, scope, optional authorization_details (system user) and
 * consumer_org (delegation); claims outside the documentation are refused.
 */
import type { KeyObject } from 'node:crypto';
import { compactVerify, decodeJwt, decodeProtectedHeader, type ProtectedHeaderParameters } from 'jose';
import { certificateIdentity, CertificateProblem } from './certificate.js';
import type { ClientStore } from './clients.js';
import { JWT_BEARER, ORGNR, RSA_ALGORITHMS, scopesOf, SYSTEMUSER_TYPE, systemuserOrgnr, type AccessGrant, type ClientAmr } from './claims.js';
import type { JtiStore } from './jti.js';
import { invalidAssertion, OAuthError } from './oauth-error.js';

export const MAX_ASSERTION_BYTES = 16 * 1024;
const SKEW_SECONDS = 10;
const MAX_GRANT_LIFETIME = 120;
/** The grant claims docs.digdir.no documents (plus nbf and client_amr); anything else is "Invalid assertion". */
const DOCUMENTED_CLAIMS = new Set([
  'aud', 'iss', 'iat', 'exp', 'nbf', 'jti', 'scope', 'resource', 'pid', 'consumer_org', 'iss_onbehalfof', 'authorization_details', 'client_amr',
]);
const EMBEDDED_KEY_HEADERS = ['jwk', 'jku', 'x5u'];

export interface GrantContext {
  /** Issuer URLs accepted as `aud`. */
  accepted: readonly string[];
  clients: ClientStore;
  jtis: JtiStore;
}

export interface VerifiedGrant {
  grant: AccessGrant;
  /** The issuer URL the grant was addressed to. */
  issuer: string;
}

interface Signer {
  key: KeyObject;
  orgnr: string;
  clientAmr: ClientAmr;
  /** The registered client's allowed scopes; null = any. */
  scopes: string[] | null;
}

function header(assertion: string): ProtectedHeaderParameters {
  let h: ProtectedHeaderParameters;
  try {
    h = decodeProtectedHeader(assertion);
  } catch {
    throw invalidAssertion('The assertion is not a signed JWT');
  }
  if (!RSA_ALGORITHMS.includes(h.alg ?? '')) throw invalidAssertion(`Unsupported alg ${JSON.stringify(h.alg)}; use RS256, RS384 or RS512`);
  const embedded = EMBEDDED_KEY_HEADERS.filter((k) => k in h);
  if (embedded.length) throw invalidAssertion(`Header parameter ${embedded.join(', ')} is not supported; use kid or x5c`);
  return h;
}

/** The key that must have signed the grant: the certificate's (x5c wins when both are sent) or the client's kid. */
function signer(h: ProtectedHeaderParameters, clientId: string, clients: ClientStore): Signer {
  const client = clients.get(clientId);
  if (h.x5c !== undefined) {
    try {
      const { publicKey, orgnr } = certificateIdentity(h.x5c);
      // Modelled: an unregistered client_id may use any valid certificate; a registered one only its organisation's.
      if (client && client.orgnr !== orgnr) throw new OAuthError('invalid_client', `Client ${clientId} does not belong to the certificate's organisation ${orgnr}`);
      return { key: publicKey, orgnr, clientAmr: 'virksomhetssertifikat', scopes: client?.scopes ?? null };
    } catch (err) {
      if (err instanceof CertificateProblem) throw invalidAssertion(`Client authentication failed. ${err.message}`);
      throw err;
    }
  }
  if (typeof h.kid !== 'string' || !h.kid) throw invalidAssertion('The JWT header must contain either x5c or kid');
  if (!client) throw new OAuthError('invalid_client', `Client authentication failed. Unknown client ${JSON.stringify(clientId)}`);
  const key = clients.key(clientId, h.kid);
  if (!key) throw new OAuthError('invalid_client', `Client authentication failed. No key with kid ${JSON.stringify(h.kid)} is registered for client ${clientId}`);
  return { key, orgnr: client.orgnr, clientAmr: 'private_key_jwt', scopes: client.scopes };
}

async function verifiedClaims(assertion: string, key: KeyObject): Promise<Record<string, unknown>> {
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(assertion, key, { algorithms: RSA_ALGORITHMS }));
  } catch {
    throw invalidAssertion('Client authentication failed. Invalid signature');
  }
  try {
    const claims = JSON.parse(new TextDecoder().decode(payload)) as unknown;
    if (typeof claims === 'object' && claims !== null && !Array.isArray(claims)) return claims as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw invalidAssertion('The JWT payload is not a JSON object');
}

function audience(aud: unknown, accepted: readonly string[]): string {
  const values = Array.isArray(aud) ? aud : [aud];
  const match = accepted.find((issuer) => values.includes(issuer));
  if (match) return match;
  if (values.some((v) => typeof v === 'string' && accepted.some((issuer) => v === `${issuer}token`))) {
    throw invalidAssertion(`Using the token endpoint url as audience is no longer valid; use the issuer ${accepted[0]}`);
  }
  throw invalidAssertion(`Invalid audience ${JSON.stringify(aud)}; expected the issuer ${accepted[0]}`);
}

function checkTimes(c: Record<string, unknown>): number {
  const now = Math.floor(Date.now() / 1000);
  const { iat, exp, nbf } = c;
  if (typeof iat !== 'number' || typeof exp !== 'number') throw invalidAssertion('iat and exp are required NumericDate claims');
  if (Math.abs(iat - now) > SKEW_SECONDS) throw invalidAssertion(`iat must be within ${SKEW_SECONDS} seconds of the server time`);
  if (exp - iat > MAX_GRANT_LIFETIME) throw invalidAssertion(`exp - iat must be at most ${MAX_GRANT_LIFETIME} seconds`);
  if (exp <= now) throw invalidAssertion('The JWT has expired');
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > now + SKEW_SECONDS)) throw invalidAssertion('The JWT is not yet valid (nbf)');
  return exp;
}

function systembruker(details: unknown): string | undefined {
  if (details === undefined) return undefined;
  if (!Array.isArray(details) || details.length !== 1 || typeof details[0] !== 'object' || details[0] === null) {
    throw invalidAssertion('authorization_details must be an array with one urn:altinn:systemuser object');
  }
  const d = details[0] as Record<string, unknown>;
  if (d.type !== SYSTEMUSER_TYPE) throw invalidAssertion(`Unsupported authorization_details type ${JSON.stringify(d.type)}`);
  const orgnr = systemuserOrgnr(d.systemuser_org);
  if (!orgnr) throw invalidAssertion('authorization_details.systemuser_org.ID must be "0192:" followed by 9 digits');
  return orgnr;
}

function resource(value: unknown): string | string[] | undefined {
  if (value === undefined || typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  throw invalidAssertion('resource must be a string or an array of strings');
}

export async function verifyGrant(params: Record<string, string>, ctx: GrantContext): Promise<VerifiedGrant> {
  if (!params.grant_type) throw new OAuthError('invalid_request', 'Missing grant_type');
  if (params.grant_type !== JWT_BEARER) throw new OAuthError('unsupported_grant_type', `grant_type must be ${JWT_BEARER}`);
  const assertion = params.assertion;
  if (!assertion) throw new OAuthError('invalid_request', 'Missing assertion');
  if (Buffer.byteLength(assertion) > MAX_ASSERTION_BYTES) throw new OAuthError('invalid_request', `The assertion is larger than ${MAX_ASSERTION_BYTES} bytes`);

  const h = header(assertion);
  const clientId = clientIdOf(assertion);
  const who = signer(h, clientId, ctx.clients);
  const c = await verifiedClaims(assertion, who.key);

  const unknown = Object.keys(c).filter((k) => !DOCUMENTED_CLAIMS.has(k));
  if (unknown.length) throw invalidAssertion(`Unknown claim ${unknown.join(', ')}`);
  const issuer = audience(c.aud, ctx.accepted);
  const exp = checkTimes(c);

  const scopes = scopesOf(c.scope);
  if (!scopes.length) throw new OAuthError('invalid_scope', 'Missing scope');
  const refused = who.scopes ? scopes.filter((s) => !who.scopes!.includes(s)) : [];
  if (refused.length) throw new OAuthError('invalid_scope', `Client ${clientId} is not allowed scope ${refused.join(' ')}`);

  const systembrukerOrgnr = systembruker(c.authorization_details);
  const consumerOrg = c.consumer_org;
  if (consumerOrg !== undefined && (typeof consumerOrg !== 'string' || !ORGNR.test(consumerOrg))) {
    throw invalidAssertion('consumer_org must be an organisation number of 9 digits');
  }
  if (consumerOrg !== undefined && c.iss_onbehalfof !== undefined) throw invalidAssertion('consumer_org and iss_onbehalfof cannot be combined');
  if (consumerOrg !== undefined && systembrukerOrgnr) throw invalidAssertion('consumer_org and a system user cannot be combined');
  const aud = resource(c.resource);

  // Last: only a grant that passed every other check uses up its jti.
  if (c.jti !== undefined) {
    if (typeof c.jti !== 'string' || !c.jti) throw invalidAssertion('jti must be a string');
    if (!ctx.jtis.use(clientId, c.jti, exp + SKEW_SECONDS)) throw invalidAssertion('The jti has been used before');
  }

  const grant: AccessGrant = {
    consumerOrgnr: consumerOrg ?? who.orgnr,
    clientId,
    clientAmr: who.clientAmr,
    scope: scopes.join(' '),
  };
  if (consumerOrg !== undefined && consumerOrg !== who.orgnr) grant.supplierOrgnr = who.orgnr;
  if (systembrukerOrgnr) grant.systembrukerOrgnr = systembrukerOrgnr;
  if (aud !== undefined) grant.audience = aud;
  return { grant, issuer };
}

/** `iss` (the client_id) read before verification: it names the key that must verify these very payload bytes. */
function clientIdOf(assertion: string): string {
  let iss: unknown;
  try {
    iss = decodeJwt(assertion).iss;
  } catch {
    throw invalidAssertion('The JWT payload is not a JSON object');
  }
  if (typeof iss !== 'string' || !iss) throw invalidAssertion('iss (the client_id) is required');
  return iss;
}
