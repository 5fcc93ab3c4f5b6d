/**
 * Start-up time, spawn to a healthy /health: the compiled sandbox (each run on a new database, as a first start) and
 * the bare Fastify baseline (bench/baseline.ts), alternately, so that both meet the same load on a shared machine.
 * Both run with the Node flags npm start gives the sandbox.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../test/server-process.js';

/** The compiled sandbox and the bare Fastify baseline. */
export const SERVER = fileURLToPath(new URL('../server/server.js', import.meta.url));
export const BASELINE = fileURLToPath(new URL('./baseline.js', import.meta.url));
/** Node flags the sandbox runs with, as `npm start` and the Dockerfile (NODE_OPTIONS) start it. */
export const NODE_FLAGS = ['--max-old-space-size=384'];

export interface StartupTimes {
  sandbox: number[];
  bare: number[];
}

export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function startupMs(entry: string, env: Record<string, string>): Promise<number> {
  const server = await startServer(env, 20_000, entry, NODE_FLAGS);
  await server.stop();
  return server.startupMs;
}

/** `runs` starts of each; `dir` holds the sandbox's databases. */
export async function startupTimes(runs: number, dir: string): Promise<StartupTimes> {
  const times: StartupTimes = { sandbox: [], bare: [] };
  for (let i = 0; i < runs; i++) {
    times.bare.push(await startupMs(BASELINE, {}));
    times.sandbox.push(await startupMs(SERVER, { DB_PATH: join(dir, `start-${i}`, 'sandbox.db'), LOG_LEVEL: 'warn' }));
  }
  return times;
}

/** One line for a report: medians, ranges and the ratio. */
export function describe({ sandbox, bare }: StartupTimes): string {
  const range = (xs: number[]) => `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  return `sandbox ${range(sandbox)}, bare Fastify ${range(bare)}: ×${(median(sandbox) / median(bare)).toFixed(2)}`;
}
