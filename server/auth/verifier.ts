/**
 * Access-token verification on every API route (SPEC §3): RS256/384/512 only, a key we choose (our own by kid, or a
 * TRUSTED_JWKS issuer's) — never one the token brings along —, a trusted `iss`, exp and iat with 10 s leeway, a
 * well-formed consumer, and the API scope. Verified tokens are remembered until they expire, so a client reusing its
 * token (as Maskinporten clients do for its two minutes) costs one map lookup per request.
 */
import { readFileSync } from 'node:fs';
import type { JSONWebKeySet, JWTPayload, JWTVerifyGetKey, ProtectedHeaderParameters } from 'jose';
import { jose, type Jose } from './jose.js';
import { API_SCOPE, type Tenant } from './tenant.js';
import { orgnrOf, RSA_ALGORITHMS, scopesOf, SYSTEMUSER_TYPE, systemuserOrgnr } from './claims.js';
import type { Issuer } from './issuer.js';

const LEEWAY_SECONDS = 10;
const CACHE_SIZE = 10_000;
const EMBEDDED_KEY_HEADERS = ['jwk', 'jku', 'x5u', 'x5c'];

/** Why a token was refused; `insufficientScope` means 403 rather than 401. */
export class TokenRejected extends Error {
  constructor(
    reason: string,
    readonly insufficientScope = false,
  ) {
    super(reason);
  }
}

export interface TrustedIssuerConfig {
  issuer: string;
  /** An http(s) URL of a JWKS, or a file holding one. */
  jwks: string;
}

/** A file is read (and refused) at start; jose builds the key set at the first token that names the issuer. */
function keySet(location: string): JWTVerifyGetKey {
  let build: (j: Jose) => JWTVerifyGetKey;
  if (/^https?:\/\//i.test(location)) build = (j) => j.createRemoteJWKSet(new URL(location));
  else {
    try {
      const jwks = JSON.parse(readFileSync(location, 'utf8')) as JSONWebKeySet;
      build = (j) => j.createLocalJWKSet(jwks);
    } catch (err) {
      throw new Error(`TRUSTED_JWKS: ${location} is neither an http(s) URL nor a readable JWKS file (${(err as Error).message})`);
    }
  }
  let keys: JWTVerifyGetKey | undefined;
  return async (header, token) => (keys ??= build(await jose()))(header, token);
}

function reasonOf(err: unknown, { errors }: Jose): string {
  if (err instanceof errors.JWTExpired) return 'tokenet er utløpt';
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'signaturen er ugyldig';
  if (err instanceof errors.JWKSNoMatchingKey) return 'ukjent kid';
  if (err instanceof errors.JOSEAlgNotAllowed) return 'alg er ikke tillatt (bare RS256, RS384 og RS512)';
  if (err instanceof TokenRejected) return err.message;
  if (err instanceof errors.JOSEError) return `tokenet kan ikke verifiseres (${err.code})`;
  return 'tokenet kan ikke verifiseres';
}

interface Cached {
  tenant: Tenant;
  exp: number;
}

export class TokenVerifier {
  private readonly resolvers = new Map<string, JWTVerifyGetKey>();
  private readonly verified = new Map<string, Cached>();
  /** The token last found: clients send one token again and again, and comparing it costs less than hashing it. */
  private siste: { token: string; cached: Cached } | undefined;

  constructor(issuer: Issuer, trusted: readonly TrustedIssuerConfig[]) {
    const own: JWTVerifyGetKey = (header) => {
      const key = issuer.verificationKey(header.kid);
      if (!key) throw new TokenRejected('ukjent kid');
      return key;
    };
    for (const url of issuer.accepted) this.resolvers.set(url, own);
    for (const t of trusted) this.resolvers.set(t.issuer, keySet(t.jwks));
  }

  /** The tenant of a token verified before and not yet expired. */
  known(token: string): Tenant | undefined {
    const cached = this.siste?.token === token ? this.siste.cached : this.verified.get(token);
    if (!cached) return undefined;
    if (cached.exp > Math.floor(Date.now() / 1000) - LEEWAY_SECONDS) {
      if (this.siste?.cached !== cached) this.siste = { token, cached };
      return cached.tenant;
    }
    this.verified.delete(token);
    this.siste = undefined;
    return undefined;
  }

  async verify(token: string): Promise<Tenant> {
    const known = this.known(token);
    if (known) return known;
    const now = Math.floor(Date.now() / 1000);
    const payload = await this.verifySignature(token, now);
    const tenant = tenantOf(payload);
    if (!scopesOf(payload.scope).includes(API_SCOPE)) throw new TokenRejected(`tokenet mangler scope ${API_SCOPE}`, true);
    this.remember(token, { tenant: Object.freeze(tenant), exp: payload.exp! });
    return tenant;
  }

  private async verifySignature(token: string, now: number): Promise<JWTPayload> {
    const j = await jose();
    const { decodeJwt, decodeProtectedHeader, jwtVerify } = j;
    let header: ProtectedHeaderParameters;
    let iss: unknown;
    try {
      header = decodeProtectedHeader(token);
      iss = decodeJwt(token).iss;
    } catch {
      throw new TokenRejected('tokenet er ikke en gyldig JWT');
    }
    if (!RSA_ALGORITHMS.includes(header.alg ?? '')) throw new TokenRejected('alg er ikke tillatt (bare RS256, RS384 og RS512)');
    const embedded = EMBEDDED_KEY_HEADERS.filter((k) => k in header);
    if (embedded.length) throw new TokenRejected(`innebygde nøkler (${embedded.join(', ')}) godtas ikke`);
    const resolver = typeof iss === 'string' ? this.resolvers.get(iss) : undefined;
    if (!resolver) throw new TokenRejected(`utsteder ${JSON.stringify(iss)} er ikke betrodd`);
    try {
      const { payload } = await jwtVerify(token, resolver, {
        algorithms: RSA_ALGORITHMS,
        issuer: iss as string,
        clockTolerance: LEEWAY_SECONDS,
        currentDate: new Date(now * 1000),
        requiredClaims: ['exp', 'iat'],
      });
      if (payload.iat! > now + LEEWAY_SECONDS) throw new TokenRejected('iat ligger fram i tid');
      return payload;
    } catch (err) {
      throw new TokenRejected(reasonOf(err, j));
    }
  }

  private remember(token: string, entry: Cached): void {
    if (this.verified.size >= CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, entry);
  }
}

/** påloggetOrgnr: the system user's organisation when the token carries one, otherwise the consumer (SPEC §3). */
function tenantOf(p: JWTPayload): Tenant {
  const consumerOrgnr = orgnrOf((p.consumer as Record<string, unknown> | undefined)?.ID);
  if (!consumerOrgnr) throw new TokenRejected('consumer.ID må være "0192:" fulgt av 9 siffer');
  const tenant: Tenant = {
    orgnr: consumerOrgnr,
    consumerOrgnr,
    clientId: typeof p.client_id === 'string' ? p.client_id : '',
    scopes: scopesOf(p.scope),
    admin: false,
  };
  const details = Array.isArray(p.authorization_details) ? (p.authorization_details as unknown[]) : [];
  const systemuser = details.find((d) => (d as Record<string, unknown> | null)?.type === SYSTEMUSER_TYPE) as Record<string, unknown> | undefined;
  if (systemuser) {
    const orgnr = systemuserOrgnr(systemuser.systemuser_org);
    if (!orgnr) throw new TokenRejected('systemuser_org.ID må være "0192:" fulgt av 9 siffer');
    tenant.orgnr = tenant.systembrukerOrgnr = orgnr;
  }
  const supplier = p.supplier as Record<string, unknown> | undefined;
  if (supplier !== undefined) {
    const orgnr = orgnrOf(supplier?.ID);
    if (!orgnr) throw new TokenRejected('supplier.ID må være "0192:" fulgt av 9 siffer');
    tenant.supplierOrgnr = orgnr;
  }
  return tenant;
}
