/** Registered Maskinporten clients (POST /sandbox/klienter): client_id, organisation, allowed scopes, public JWKs. */
import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import type { JWK } from 'jose';
import type { Db } from '../store/database.js';
import { ApiError } from '../errors.js';
import { RSA_ALGORITHMS } from './claims.js';

export interface Client {
  clientId: string;
  orgnr: string;
  /** Scopes the client may request; null = any. */
  scopes: string[] | null;
  jwks: { keys: JWK[] };
  opprettet: string;
}

export interface ClientRegistration {
  clientId: string;
  orgnr: string;
  jwk: JWK;
  scopes?: string[];
}

/** The clientId is taken by another organisation. */
export class ClientConflict extends Error {}
/** The JWK is not a usable public RSA signing key. */
export class InvalidJwk extends Error {}

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];
const MIN_MODULUS_BITS = 2048;
/**
 * OpenSSL's own limits for RSA keys (a leading zero byte of n allowed). Checked before the key is built: node turns
 * e into a BigInt in quadratic time, and a 1 MB `e` (found by the fuzzer) held the event loop for minutes.
 */
const MAX_MODULUS_BITS = 16_384;
const MAX_EXPONENT_BITS = 64;
const base64urlBits = (s: string) => Math.floor((s.length * 6) / 8) * 8;

/** The public RSA JWK as stored (only the members a verifier needs); throws InvalidJwk with the reason. */
export function publicRsaJwk(jwk: unknown): JWK {
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) throw new InvalidJwk('jwk må være et JSON-objekt');
  const j = jwk as Record<string, unknown>;
  const secret = PRIVATE_MEMBERS.filter((m) => m in j);
  if (secret.length) throw new InvalidJwk(`jwk inneholder privat nøkkelmateriale (${secret.join(', ')}); send bare den offentlige nøkkelen`);
  if (j.kty !== 'RSA') throw new InvalidJwk('jwk.kty må være "RSA"');
  if (typeof j.kid !== 'string' || !j.kid) throw new InvalidJwk('jwk.kid mangler');
  if (typeof j.n !== 'string' || typeof j.e !== 'string') throw new InvalidJwk('jwk.n og jwk.e må være base64url-strenger');
  if (base64urlBits(j.n) > MAX_MODULUS_BITS + 8) throw new InvalidJwk(`RSA-nøkkelen kan være høyst ${MAX_MODULUS_BITS} bit`);
  if (base64urlBits(j.e) > MAX_EXPONENT_BITS) throw new InvalidJwk(`jwk.e kan være høyst ${MAX_EXPONENT_BITS} bit`);
  if (j.alg !== undefined && !RSA_ALGORITHMS.includes(j.alg as string)) throw new InvalidJwk('jwk.alg må være RS256, RS384 eller RS512');
  if (j.use !== undefined && j.use !== 'sig') throw new InvalidJwk('jwk.use må være "sig"');
  const stored: JWK = { kty: 'RSA', n: j.n, e: j.e, kid: j.kid };
  if (j.alg) stored.alg = j.alg as string;
  let key: KeyObject;
  try {
    key = createPublicKey({ key: stored as JsonWebKey, format: 'jwk' });
  } catch {
    throw new InvalidJwk('jwk er ikke en gyldig RSA-nøkkel');
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_MODULUS_BITS) throw new InvalidJwk(`RSA-nøkkelen må være minst ${MIN_MODULUS_BITS} bit (er ${bits})`);
  return stored;
}

/**
 * Registers a client as a caller asked (POST /sandbox/klienter, the provider state `klient registrert`): the JWK is
 * checked first, and what is wrong answers as the API does (400 for the key, 409 for another organisation's clientId).
 */
export function registrerKlient(clients: ClientStore, reg: Omit<ClientRegistration, 'jwk'> & { jwk: unknown }, now: Date): Client {
  try {
    return clients.register({ ...reg, jwk: publicRsaJwk(reg.jwk) }, now);
  } catch (err) {
    if (err instanceof InvalidJwk) throw new ApiError(400, 'KB-006', err.message);
    if (err instanceof ClientConflict) throw new ApiError(409, 'SANDBOX-409', err.message);
    throw err;
  }
}

interface ClientRow {
  client_id: string;
  orgnr: string;
  scopes: string | null;
  created: string;
}

export class ClientStore {
  /**
   * Imported keys: client_id → kid → key. Nested maps, not one joined string: both parts are free text, and
   * 'a' + 'x y' joined with a space is 'a x' + 'y' (another organisation's client could take over the entry).
   */
  private readonly keyCache = new Map<string, Map<string, KeyObject>>();

  constructor(private readonly db: Db) {}

  get(clientId: string): Client | undefined {
    const row = this.db.prepare('SELECT client_id, orgnr, scopes, created FROM maskinporten_client WHERE client_id = ?').get(clientId) as
      | ClientRow
      | undefined;
    return row && this.toClient(row);
  }

  list(orgnr: string): Client[] {
    const rows = this.db
      .prepare('SELECT client_id, orgnr, scopes, created FROM maskinporten_client WHERE orgnr = ? ORDER BY created, client_id')
      .all(orgnr) as ClientRow[];
    return rows.map((r) => this.toClient(r));
  }

  /** The client's public key with this kid, or undefined when no such key is registered. */
  key(clientId: string, kid: string): KeyObject | undefined {
    const cached = this.keyCache.get(clientId)?.get(kid);
    if (cached) return cached;
    const jwk = this.db.prepare('SELECT jwk FROM maskinporten_client_key WHERE client_id = ? AND kid = ?').pluck().get(clientId, kid) as
      | string
      | undefined;
    if (!jwk) return undefined;
    const key = createPublicKey({ key: JSON.parse(jwk) as JsonWebKey, format: 'jwk' });
    let keys = this.keyCache.get(clientId);
    if (!keys) this.keyCache.set(clientId, (keys = new Map()));
    keys.set(kid, key);
    return key;
  }

  /**
   * Registers the client or adds/replaces one of its keys (a Maskinporten client may hold several keys).
   * Scopes, when given, replace the client's scope list. The jwk must have passed `publicRsaJwk`. `now` is the
   * organisation's sandbox time.
   */
  register(reg: ClientRegistration, now: Date): Client {
    return this.db.transaction(() => {
      const existing = this.get(reg.clientId);
      if (existing && existing.orgnr !== reg.orgnr) throw new ClientConflict(`clientId ${reg.clientId} tilhører en annen organisasjon`);
      const scopes = reg.scopes ? JSON.stringify(reg.scopes) : null;
      if (!existing) {
        this.db
          .prepare('INSERT INTO maskinporten_client (client_id, orgnr, scopes, created) VALUES (?, ?, ?, ?)')
          .run(reg.clientId, reg.orgnr, scopes, now.toISOString());
      } else if (scopes) {
        this.db.prepare('UPDATE maskinporten_client SET scopes = ? WHERE client_id = ?').run(scopes, reg.clientId);
      }
      this.db
        .prepare('INSERT OR REPLACE INTO maskinporten_client_key (client_id, kid, jwk) VALUES (?, ?, ?)')
        .run(reg.clientId, reg.jwk.kid, JSON.stringify(reg.jwk));
      this.keyCache.get(reg.clientId)?.delete(reg.jwk.kid!);
      return this.get(reg.clientId)!;
    })();
  }

  private toClient(row: ClientRow): Client {
    const keys = (this.db.prepare('SELECT jwk FROM maskinporten_client_key WHERE client_id = ? ORDER BY kid').pluck().all(row.client_id) as string[]).map(
      (j) => JSON.parse(j) as JWK,
    );
    return {
      clientId: row.client_id,
      orgnr: row.orgnr,
      scopes: row.scopes === null ? null : (JSON.parse(row.scopes) as string[]),
      jwks: { keys },
      opprettet: row.created,
    };
  }
}
