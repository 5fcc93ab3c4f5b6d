/**
 * `npm start` on a current build starts the compiled server without compiling anything (issue 22): run as a vendor
 * runs it, it answers /health, the TypeScript compiler only finds the build up to date (an incremental `tsc -p`
 * that writes nothing still type-checks everything: ~4 s of CPU here, against ~0.4 s for `tsc -b`'s check), and
 * every file of dist/ stays as it was. Prints the start-up figures: npm start, and the server alone against a bare
 * Fastify server (bench/startup.ts; `npm run bench -- --startup` measures more runs).
 */
import t from 'tap';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../server/paths.js';
import { describe, median, startupTimes } from '../../bench/startup.js';
import { freePort } from '../server-process.js';

t.setTimeout(120_000);

/** CPU the compiler may spend finding a build current; a type-check of the project takes several times more. */
const CHECK_CPU_MS = 1500;

/** A preload for every node process of npm start that logs, as it exits, its script and the CPU it used. */
function cpuTrace(dir: string): { nodeOptions: string; read: () => { script: string; cpuMs: number }[] } {
  const log = join(dir, 'cpu.log');
  const preload = join(dir, 'cpu-trace.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => { const c = process.cpuUsage(); require('node:fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify({ script: process.argv[1] ?? '', cpuMs: (c.user + c.system) / 1000 }) + '\\n'); });\n`,
  );
  const read = () => readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { script: string; cpuMs: number });
  // Only this preload: the test runner's own NODE_OPTIONS must not reach npm start.
  return { nodeOptions: `--require ${preload}`, read };
}

/** Every file under dist/ with its modification time. */
function snapshot(dir = join(ROOT, 'dist'), out = new Map<string, number>()): Map<string, number> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) snapshot(path, out);
    else out.set(path, statSync(path).mtimeMs);
  }
  return out;
}

/** `npm start` as typed, in its own process group (npm, sh, node), until /health answers; then SIGTERM to them all. */
async function npmStart(env: Record<string, string>): Promise<{ ms: number; output: string; running: boolean }> {
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const started = performance.now();
  const child = spawn(npm[0]!, [...npm.slice(1), 'start'], { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let ms = Number.NaN;
  while (child.exitCode === null && performance.now() - started < 60_000) {
    const healthy = await fetch(`http://127.0.0.1:${env.PORT}/health`).then((r) => r.ok, () => false);
    if (healthy) {
      ms = performance.now() - started;
      break;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const running = child.exitCode === null;
  if (running) process.kill(-child.pid!, 'SIGTERM');
  await exited;
  return { ms, output, running };
}

t.test('npm start on a current build compiles nothing', async (t) => {
  const dry = spawnSync(join(ROOT, 'node_modules/.bin/tsc'), ['-b', '--dry', '--verbose'], { cwd: ROOT, encoding: 'utf8' });
  if (!t.match(dry.stdout, /is up to date/, 'the build is current (npm test builds first)')) return;
  const dir = mkdtempSync(join(tmpdir(), 'npm-start-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));

  const trace = cpuTrace(dir);
  const before = snapshot();
  const env = { PORT: String(await freePort()), HOST: '127.0.0.1', DB_PATH: join(dir, 'sandbox.db'), LOG_LEVEL: 'warn', NODE_OPTIONS: trace.nodeOptions };
  const { ms, output, running } = await npmStart(env);
  t.ok(Number.isFinite(ms) && running, 'healthy', { output });
  t.comment(`npm start: spawn to a healthy /health in ${ms.toFixed(0)} ms`);
  const compiler = trace.read().filter((p) => /[\\/]tsc$/.test(p.script));
  t.equal(compiler.length, 1, 'the compiler ran once, to check the build');
  t.ok(compiler.every((p) => p.cpuMs < CHECK_CPU_MS), `and only checked it (${compiler.map((p) => p.cpuMs.toFixed(0)).join(', ')} ms of CPU)`);
  const after = snapshot();
  const changed = [...after].filter(([path, mtime]) => before.get(path) !== mtime).map(([path]) => path);
  t.same(changed, [], 'no file of dist/ was written');
  t.equal(after.size, before.size, 'none was added');
});

t.test('start-up figures: the server alone against a bare Fastify server', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'start-times-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const times = await startupTimes(3, dir);
  t.comment(`server alone: ${describe(times)}`);
  // The target is 2× (the bench reports it); here, beside other tests on shared cores, a margin over it.
  t.ok(median(times.sandbox) <= 3 * median(times.bare), 'within 3× a bare Fastify server started alternately with it');
});
