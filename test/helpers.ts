/** Shared test setup: a config for buildApp and tokens minted by the sandbox's own Maskinporten. */
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../server/config.js';
import { buildApp } from '../server/app.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../server/paths.js';

export const API = '/api/utleggsbegjaering/v1';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: 'silent', DB_PATH: ':memory:', VEDLEGG_STEG_MS: '0' }), ...overrides };
}

export async function testApp(overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  const app = await buildApp(testConfig(overrides));
  await app.ready();
  return app;
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

/** An official example begjæring (a fresh copy), from seed/examples. */
export function example(name: 'enkel' | 'kompleks'): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, 'seed/examples', `begjaering-v0-${name}.json`), 'utf8')) as Record<string, unknown>;
}
