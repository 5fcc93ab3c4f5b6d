/**
 * The sandbox's own Maskinporten issuer: its signing key (RSA 2048, RS256, generated once and kept in the database
 * so tokens survive restarts), its metadata, and access tokens with the real claim layout (SPEC §3).
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPair, randomBytes, type JsonWebKey, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import type { JWK } from 'jose';
import type { Db } from '../store/database.js';
import { jose } from './jose.js';
import { JWT_BEARER, orgId, RSA_ALGORITHMS, SYSTEMUSER_TYPE, systemuserId, type AccessGrant, type TokenResponse } from './claims.js';

export const ALG = 'RS256';
/** Maskinporten's default token lifetime ("som oftest 2 min"). */
export const DEFAULT_LIFETIME_SECONDS = 120;

export const issuerUrl = (baseUrl: string) => `${baseUrl}/maskinporten/`;

interface KeyRow {
  kid: string;
  private_jwk: string;
}

interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicJwk: JWK;
}

// Keys with node:crypto (jose signs and verifies with them, and is loaded at the first token: server/auth/jose.ts).
async function generateRow(): Promise<KeyRow> {
  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  // RFC 7638 thumbprint: SHA-256 of the required members in lexicographic order.
  const kid = createHash('sha256').update(JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n })).digest('base64url');
  return { kid, private_jwk: JSON.stringify({ ...jwk, kid, alg: ALG }) };
}

function importRow(row: KeyRow): SigningKey {
  const jwk = JSON.parse(row.private_jwk) as JsonWebKey;
  const privateKey = createPrivateKey({ key: jwk, format: 'jwk' });
  const publicJwk: JWK = { kty: jwk.kty, n: jwk.n, e: jwk.e, kid: row.kid, alg: ALG, use: 'sig' };
  return { kid: row.kid, privateKey, publicKey: createPublicKey(privateKey), publicJwk };
}

/** Every stored key, the oldest first (it signs). */
const storedKeys = (db: Db): SigningKey[] => (db.prepare('SELECT kid, private_jwk FROM maskinporten_signing_key ORDER BY rowid').all() as KeyRow[]).map(importRow);

/** Generates a new database's first key. Two processes doing so together agree on the one stored first. */
async function generateKey(db: Db): Promise<SigningKey[]> {
  const row = await generateRow();
  db.prepare('INSERT OR IGNORE INTO maskinporten_signing_key (kid, private_jwk, created) VALUES (?, ?, ?)').run(
    row.kid,
    row.private_jwk,
    new Date().toISOString(),
  );
  return storedKeys(db);
}

export interface IssueOptions {
  /** The issuer URL the grant was addressed to (an alias), else the canonical one. */
  issuer?: string;
  lifetimeSeconds?: number;
}

export class Issuer {
  /** The canonical issuer, `${publicUrl}/maskinporten/`. */
  readonly url: string;
  /** Issuer URLs accepted as a grant's `aud` and as a token's `iss`: the canonical one and its aliases. */
  readonly accepted: readonly string[];
  private keys: Map<string, SigningKey>;
  /** The oldest key, which signs. */
  private signing: Promise<SigningKey> | undefined;

  /**
   * Stored keys are imported at once. A new database's first key is generated at the first JWKS or token that needs
   * it: RSA generation takes 100–300 ms of CPU, which at start-up competed with the server's own on a 2-core machine
   * (and held up /health on a busy one).
   */
  private constructor(
    private readonly db: Db,
    publicUrl: string,
    aliases: readonly string[],
  ) {
    this.url = issuerUrl(publicUrl);
    this.accepted = [this.url, ...aliases.map(issuerUrl)];
    const stored = storedKeys(db);
    this.keys = new Map(stored.map((k) => [k.kid, k]));
    if (stored[0]) this.signing = Promise.resolve(stored[0]);
  }

  static open(db: Db, config: { publicUrl: string; issuerAliases: readonly string[] }): Issuer {
    return new Issuer(db, config.publicUrl, config.issuerAliases);
  }

  private signingKey(): Promise<SigningKey> {
    if (!this.signing) {
      this.signing = generateKey(this.db).then((keys) => {
        this.keys = new Map(keys.map((k) => [k.kid, k]));
        return keys[0]!;
      });
      this.signing.catch(() => (this.signing = undefined)); // a failed generation is tried again by the next caller
    }
    return this.signing;
  }

  /** The accepted issuer URL whose host is `host` (an alias in a container network), else the canonical one. */
  forHost(host: string): string {
    return this.accepted.find((url) => new URL(url).host === host) ?? this.url;
  }

  /** The public key for a kid of ours (imported once). */
  verificationKey(kid: unknown): KeyObject | undefined {
    return typeof kid === 'string' ? this.keys.get(kid)?.publicKey : undefined;
  }

  async jwks(): Promise<{ keys: JWK[] }> {
    await this.signingKey();
    return { keys: [...this.keys.values()].map((k) => k.publicJwk) };
  }

  /** RFC 8414 metadata for one of the accepted issuer URLs. */
  metadata(issuer: string = this.url): Record<string, unknown> {
    return {
      issuer,
      token_endpoint: `${issuer}token`,
      jwks_uri: `${issuer}jwks`,
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      grant_types_supported: [JWT_BEARER],
      token_endpoint_auth_signing_alg_values_supported: RSA_ALGORITHMS,
      response_types_supported: ['token'],
    };
  }

  async issue(grant: AccessGrant, options: IssueOptions = {}): Promise<TokenResponse> {
    const lifetime = options.lifetimeSeconds ?? DEFAULT_LIFETIME_SECONDS;
    const iat = Math.floor(Date.now() / 1000);
    const claims: Record<string, unknown> = {
      aud: grant.audience ?? 'unspecified',
      scope: grant.scope,
      iss: options.issuer ?? this.url,
      client_amr: grant.clientAmr,
      token_type: 'Bearer',
      exp: iat + lifetime,
      iat,
      client_id: grant.clientId,
      jti: randomBytes(32).toString('base64url'),
      consumer: orgId(grant.consumerOrgnr),
    };
    if (grant.supplierOrgnr) claims.supplier = orgId(grant.supplierOrgnr);
    if (grant.systembrukerOrgnr) {
      claims.authorization_details = [
        {
          type: SYSTEMUSER_TYPE,
          systemuser_org: orgId(grant.systembrukerOrgnr),
          systemuser_id: [systemuserId(grant.consumerOrgnr, grant.systembrukerOrgnr)],
          system_id: `${grant.consumerOrgnr}_sandbox_system`,
        },
      ];
    }
    const [signing, { SignJWT }] = await Promise.all([this.signingKey(), jose()]);
    const accessToken = await new SignJWT(claims).setProtectedHeader({ alg: ALG, kid: signing.kid }).sign(signing.privateKey);
    return { access_token: accessToken, token_type: 'Bearer', expires_in: lifetime, scope: grant.scope };
  }
}
