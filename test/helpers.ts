/** Shared test setup: a config for buildApp and tokens minted by the sandbox's own Maskinporten. */
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../server/config.js';
import { buildApp } from '../server/app.js';
import { randomUUID } from 'node:crypto';
import { svarvakt, tapRapport } from './kontrakt/svarvakt.js';
import { lesEksempel } from '../server/eksempler.js';
import { API as VERSJONER } from '../server/api.js';

/** The base path of each API version: /v1 (model 0.9) and /v2 (model 2.0). */
export const API = VERSJONER.v1.prefix;
export const API_V2 = VERSJONER.v2.prefix;

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: 'silent', DB_PATH: ':memory:', VEDLEGG_STEG_MS: '0' }), ...overrides };
}

export async function testApp(overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  const app = await buildApp(testConfig(overrides));
  // Under tap every response is held against the OpenAPI document (test/kontrakt/svarvakt.ts); the bench measures without.
  if (process.env.TAP) await app.register(svarvakt, { rapporter: await tapRapport() });
  await app.ready();
  return app;
}

/** The headers Skatteetaten's published specification requires on every call, as a conforming client sends them. */
export function kallhoder(): Record<string, string> {
  return { klientid: 'sandbox-test/1.0', korrelasjonsid: randomUUID(), meldingsid: randomUUID() };
}

export interface TokenOptions {
  systembrukerOrgnr?: string;
  scope?: string;
  levetidSekunder?: number;
}

/** An access token for `orgnr` from POST /sandbox/token (the developers' shortcut). */
export async function tokenFor(app: FastifyInstance, orgnr: string, opts: TokenOptions = {}): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/sandbox/token', payload: { orgnr, ...opts } });
  if (res.statusCode !== 200) throw new Error(`token for ${orgnr}: ${res.statusCode} ${res.body}`);
  return (res.json() as { access_token: string }).access_token;
}

/** An example begjæring (a fresh copy) from seed/examples: the official 0.9 one, or (`'2.0'`) the 2.0 one. */
export function example(name: 'enkel' | 'kompleks', modell: '0.9' | '2.0' = '0.9'): Record<string, unknown> {
  return lesEksempel(name, modell) as Record<string, unknown>;
}
