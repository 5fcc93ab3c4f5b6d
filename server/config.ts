/** Configuration from environment variables (SPEC §8), validated once at start. */
import { Tillatelser } from './sak/webhook-adresser.js';

export const SANDBOX_MODUSER = ['livssyklus', 'testmiljoe'] as const;
export type SandboxModus = (typeof SANDBOX_MODUSER)[number];

export interface Config {
  port: number;
  host: string;
  /** Base URL clients use to reach the sandbox; the token issuer and Location headers derive from it. */
  publicUrl: string;
  /** Further issuer URLs accepted in grants and tokens (e.g. the same sandbox reached by a service name). */
  issuerAliases: string[];
  dbPath: string;
  logLevel: string;
  vedleggMaxBytes: number;
  /** Sandbox-clock duration of each attachment processing step, in ms (0 = instant). */
  vedleggStegMs: number;
  /** Sandbox-clock duration of each automatic case step, in ms (0 = the case does not move by itself). */
  sakStegMs: number;
  /** Decision chosen when a case reaches sakBesluttet automatically. */
  sakBeslutning: 'utleggstrekk' | 'utleggspant' | 'intetTilUtlegg';
  registerMode: 'lenient' | 'strict';
  /**
   * Call etiquette (headers the published specification requires, at most five calls in flight per organisation):
   * `lenient` answers normally with an Advarsel and reports it; `strict` (for CI) refuses the call.
   */
  etiketteMode: 'lenient' | 'strict';
  /**
   * `livssyklus`: cases move through their lifecycle (modelled); `testmiljoe`: as Skatteetaten's test environment,
   * nothing sent is processed further after its reception (server/sandbox/modus.ts).
   */
  sandboxModus: SandboxModus;
  /** JWKS URLs or file paths of further trusted issuers, as `issuer=jwksLocation` pairs. */
  trustedJwks: { issuer: string; jwks: string }[];
  sandboxAdminToken: string | undefined;
  /** Maximum number of request-log entries kept per organisation. */
  loggMaks: number;
  /** Events kept per organisation in the feed (the newest; sequence numbers go on). */
  hendelserMaks: number;
  /** The most bytes of event data one page of the feed carries (one event at least). */
  hendelserSideMaksBytes: number;
  /** A request (headers and body) must arrive within this many ms, else 408 (slow clients, SPEC §11). */
  requestTimeoutMs: number;
  /** A connection idle this many ms is closed. */
  connectionTimeoutMs: number;
  /** Deepest nesting of a JSON body (objects and arrays). */
  jsonMaksDybde: number;
  /** Most fields and array elements in a JSON body. */
  jsonMaksElementer: number;
  /** Host names and IP networks webhooks may deliver to (empty = every address the policy does not refuse). */
  webhookAllowlist: string[];
  /** Deadline of one webhook delivery attempt (DNS, connection, the receiver's status line). */
  webhookTimeoutMs: number;
  /** Webhook deliveries in flight at once per organisation. */
  webhookConcurrency: number;
  /** Deterministic mode (SANDBOX_SEED): reproducible identifiers and a clock that moves only when advanced. */
  deterministisk: Deterministisk | undefined;
}

export interface Deterministisk {
  /** Generated identifiers are a sequence derived from this seed. */
  seed: number;
  /** The instant (ms) every organisation's clock starts at (SANDBOX_START). */
  startMs: number;
}

/** Where the clock starts in deterministic mode unless SANDBOX_START says otherwise (after the examples' dates). */
export const STANDARD_START = '2025-06-01T00:00:00.000Z';

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name}=${JSON.stringify(raw)} is not valid: expected a whole number from ${min} to ${max}`);
  }
  return n;
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(values as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name}=${JSON.stringify(raw)} is not valid: expected one of ${values.join(', ')}`);
  }
  return raw as T;
}

function url(name: string, raw: string): string {
  try {
    const u = new URL(raw);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
  } catch {
    throw new ConfigError(`${name}=${JSON.stringify(raw)} is not valid: expected an http(s) URL such as http://localhost:8080`);
  }
  return raw.replace(/\/+$/, '');
}

function trustedJwks(raw: string | undefined): Config['trustedJwks'] {
  if (!raw) return [];
  return raw.split(',').map((pair) => {
    const at = pair.indexOf('=');
    if (at <= 0) throw new ConfigError(`TRUSTED_JWKS entry ${JSON.stringify(pair)} is not valid: expected issuer=jwksUrlOrFile`);
    return { issuer: pair.slice(0, at).trim(), jwks: pair.slice(at + 1).trim() };
  });
}

function webhookAllowlist(raw: string | undefined): string[] {
  const entries = (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  try {
    new Tillatelser(entries);
  } catch (err) {
    throw new ConfigError(`WEBHOOK_ALLOWLIST entry ${(err as Error).message}; expected host names (mottaker.example.no, *.example.no) and IP addresses or CIDR networks (10.0.0.0/8)`);
  }
  return entries;
}

const TIDSPUNKT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function deterministisk(env: Env): Deterministisk | undefined {
  const start = env.SANDBOX_START || undefined;
  if (!env.SANDBOX_SEED) {
    if (start) throw new ConfigError('SANDBOX_START is only used with SANDBOX_SEED (deterministic mode); set both or neither');
    return undefined;
  }
  const startMs = TIDSPUNKT.test(start ?? STANDARD_START) ? Date.parse(start ?? STANDARD_START) : NaN;
  if (Number.isNaN(startMs)) {
    throw new ConfigError(`SANDBOX_START=${JSON.stringify(start)} is not valid: expected an ISO 8601 timestamp such as ${STANDARD_START}`);
  }
  return { seed: int(env, 'SANDBOX_SEED', 0, 0, Number.MAX_SAFE_INTEGER), startMs };
}

export function loadConfig(env: Env = process.env): Config {
  const port = int(env, 'PORT', 8080, 0, 65535);
  const host = env.HOST || '127.0.0.1';
  const publicUrl = url('PUBLIC_URL', env.PUBLIC_URL || `http://localhost:${port}`);
  const aliases = (env.ISSUER_ALIASES || '').split(',').map((s) => s.trim()).filter(Boolean);
  return {
    port,
    host,
    publicUrl,
    issuerAliases: aliases.map((a) => url('ISSUER_ALIASES', a)),
    dbPath: env.DB_PATH || './data/sandbox.db',
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
    vedleggMaxBytes: int(env, 'VEDLEGG_MAX_BYTES', 10 * 1024 * 1024, 1, 1024 * 1024 * 1024),
    vedleggStegMs: int(env, 'VEDLEGG_STEG_MS', 1000, 0, 86_400_000),
    sakStegMs: int(env, 'SAK_STEG_MS', 3_600_000, 0, 365 * 86_400_000),
    sakBeslutning: oneOf(env, 'SAK_BESLUTNING', ['utleggstrekk', 'utleggspant', 'intetTilUtlegg'] as const, 'utleggstrekk'),
    registerMode: oneOf(env, 'REGISTER_MODE', ['lenient', 'strict'] as const, 'lenient'),
    etiketteMode: oneOf(env, 'ETIKETTE_MODE', ['lenient', 'strict'] as const, 'lenient'),
    sandboxModus: oneOf(env, 'SANDBOX_MODUS', SANDBOX_MODUSER, 'livssyklus'),
    trustedJwks: trustedJwks(env.TRUSTED_JWKS),
    sandboxAdminToken: env.SANDBOX_ADMIN_TOKEN || undefined,
    loggMaks: int(env, 'LOGG_MAKS', 1000, 10, 1_000_000),
    hendelserMaks: int(env, 'HENDELSER_MAKS', 100_000, 10, 100_000_000),
    hendelserSideMaksBytes: int(env, 'HENDELSER_SIDE_MAKS_BYTES', 256 * 1024, 1024, 64 * 1024 * 1024),
    requestTimeoutMs: int(env, 'REQUEST_TIMEOUT_MS', 60_000, 100, 3_600_000),
    connectionTimeoutMs: int(env, 'CONNECTION_TIMEOUT_MS', 60_000, 100, 3_600_000),
    jsonMaksDybde: int(env, 'JSON_MAKS_DYBDE', 32, 8, 1000),
    jsonMaksElementer: int(env, 'JSON_MAKS_ELEMENTER', 100_000, 1000, 10_000_000),
    webhookAllowlist: webhookAllowlist(env.WEBHOOK_ALLOWLIST),
    webhookTimeoutMs: int(env, 'WEBHOOK_TIMEOUT_MS', 5000, 100, 120_000),
    webhookConcurrency: int(env, 'WEBHOOK_CONCURRENCY', 2, 1, 64),
    deterministisk: deterministisk(env),
  };
}
