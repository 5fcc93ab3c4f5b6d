/**
 * Replays the Dockerfile without a Docker engine (see replay.ts for how image paths are mapped): builds every stage
 * from a clean copy of the context, checks what the runtime stage holds, then runs its CMD with its ENV as its
 * USER, waits for its HEALTHCHECK to pass, exercises the docs/ci.md (Running in a container and in CI) flow, and stops it with its STOPSIGNAL.
 * Slow (npm ci, a source build of better-sqlite3 where no prebuilt binary can be fetched, tsc): about 1–3 minutes.
 */
import t from 'tap';
import { execFile, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../server/paths.js';
import { freePort } from '../server-process.js';
import { last, parseCommand, parseDockerfile, parseHealthcheck } from './dockerfile.js';
import { mapEnv, Replay } from './replay.js';

t.setTimeout(15 * 60_000);

const asRoot = process.getuid?.() === 0;
// The official node images define node as uid/gid 1000. Without root we cannot switch users: node maps to us.
const NODE_USER = asRoot ? { uid: 1000, gid: 1000 } : { uid: process.getuid!(), gid: process.getgid!() };
if (!asRoot) t.comment(`not root (uid ${NODE_USER.uid}): the image user node is played by this user`);
const work = mkdtempSync(join(tmpdir(), 'docker-replay-'));
// mkdtemp makes it 0700; the runtime user must be able to reach the stage root below it.
chmodSync(work, 0o755);
t.teardown(() => rmSync(work, { recursive: true, force: true }));

/** The apt-get step is not replayed on this machine; what it installs must already be here (package or command). */
function osPackages(packages: string[]): void {
  const dpkg = spawnSync('dpkg-query', ['--version']).status === 0;
  for (const pkg of packages) {
    const found = dpkg
      ? spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout.includes('install ok installed')
      : spawnSync('/bin/sh', ['-c', `command -v '${pkg}'`]).status === 0;
    if (!found) throw new Error(`${pkg} (installed by the apt-get step) is not on this machine`);
  }
}

const stages = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
const buildLog: string[] = [];
const replay = new Replay({ contextDir: ROOT, workDir: work, users: { node: NODE_USER }, osPackages, log: (l) => buildLog.push(l) });

const started = performance.now();
try {
  replay.run(stages);
} catch (err) {
  t.fail(`the Dockerfile replays: ${err instanceof Error ? err.message : String(err)}`);
}
const buildSeconds = (performance.now() - started) / 1000;
t.comment(`replayed ${stages.length} stages in ${buildSeconds.toFixed(1)} s`);
for (const step of replay.timings) t.comment(`  ${(step.ms / 1000).toFixed(1)} s  ${step.stage}:${step.line}  RUN ${step.command.replace(/\s+/g, ' ')}`);

const final = replay.stages.at(-1);
if (final && replay.stages.length === stages.length) {
  const at = (p: string) => Replay.map(final.root, p, final.workdir);

  t.test('the runtime stage holds the app and production dependencies only', async (t) => {
    t.ok(existsSync(at('dist/server/server.js')), 'dist/server/server.js');
    t.notOk(existsSync(at('dist/test')), 'no compiled tests');
    t.notOk(existsSync(at('dist/bench')), 'no compiled benchmark');
    const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    for (const dep of Object.keys(pkg.dependencies)) t.ok(existsSync(at(`node_modules/${dep}/package.json`)), `dependency ${dep} present`);
    // A devDependency that a production dependency needs as well (semver, for fastify) stays, as npm prune keeps it.
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    for (const dev of Object.keys(pkg.devDependencies).filter((d) => lock.packages[`node_modules/${d}`]?.dev)) {
      t.notOk(existsSync(at(`node_modules/${dev}`)), `devDependency ${dev} pruned`);
    }
    t.ok(existsSync(at('node_modules/better-sqlite3/build/Release/better_sqlite3.node')), 'better-sqlite3 native addon built');
    t.equal(statSync(at('/data')).uid, NODE_USER.uid, '/data belongs to node');
    if (asRoot) t.equal(statSync(at('dist/server/server.js')).uid, 0, 'the app stays owned by root');
  });

  t.test('every repository path the server reads through ROOT is in the image', async (t) => {
    const found = new Set<string>();
    const scan = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) scan(path);
        else if (entry.name.endsWith('.js')) for (const m of readFileSync(path, 'utf8').matchAll(/\bROOT,\s*(['"`])([^'"`$]+)\1/g)) found.add(m[2]!);
      }
    };
    // What the server process loads (dist/scripts holds developer tools such as the rules-doc generator).
    scan(at('dist/server'));
    scan(at('dist/rules'));
    t.ok(found.has('server/store/migrations'), 'the scan sees the migrations folder');
    for (const rel of found) t.ok(existsSync(at(rel)), `${rel} is in the runtime stage`);
  });

  t.test('CMD starts as the image user, HEALTHCHECK passes, SIGTERM exits 0', async (t) => {
    const port = await freePort();
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', ...mapEnv(final), PORT: String(port) };
    const cmd = parseCommand(last(final.stage, 'CMD')!.args);
    const hc = parseHealthcheck(last(final.stage, 'HEALTHCHECK')!);
    if (cmd.form !== 'exec' || hc === 'NONE' || hc.command.form !== 'exec') return t.fail('CMD and HEALTHCHECK are exec form');
    const cwd = at('.');
    const [file, args] = replay.command(final.user, cmd.argv, env);
    const child = spawn(file, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    t.teardown(() => void child.kill('SIGKILL'));

    const [hcFile, hcArgs] = replay.command(final.user, hc.command.argv, env);
    const healthStart = performance.now();
    let healthy = false;
    let lastFailure = '';
    while (!healthy && child.exitCode === null && performance.now() - healthStart < 30_000) {
      healthy = await promisify(execFile)(hcFile, hcArgs, { cwd, timeout: 3000 }).then(
        () => true,
        (err: Error & { stderr?: string }) => ((lastFailure = `${err.message}\n${err.stderr ?? ''}`), false),
      );
      if (!healthy) await new Promise((r) => setTimeout(r, 200));
    }
    if (!t.ok(healthy, 'HEALTHCHECK passes', { lastFailure, serverOutput: output.slice(-2000) })) return;
    t.comment(`healthy ${(performance.now() - healthStart).toFixed(0)} ms after start`);

    if (asRoot) {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      t.match(status, new RegExp(`^Uid:\\s+${NODE_USER.uid}\\s+${NODE_USER.uid}\\b`, 'm'), 'the server runs as node (uid 1000)');
    }
    t.ok(existsSync(at('/data/sandbox.db')), 'the database is on the volume');
    t.equal(statSync(at('/data/sandbox.db')).uid, NODE_USER.uid, 'and owned by node');

    // The docs/ci.md (Running in a container and in CI) flow: a token from /sandbox/token, then an API call with it.
    const base = `http://127.0.0.1:${port}`;
    const tokenRes = await fetch(`${base}/sandbox/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ orgnr: '312597772' }) });
    t.equal(tokenRes.status, 200, 'POST /sandbox/token');
    const { access_token: token } = (await tokenRes.json()) as { access_token: string };
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { iss: string };
    t.equal(claims.iss, `http://localhost:${port}/maskinporten/`, 'issuer is ${PUBLIC_URL}/maskinporten/ (default PUBLIC_URL)');
    const status = await fetch(`${base}/api/utleggsbegjaering/v1/status/TEST_SAK_BESLUTTET`, { headers: { authorization: `Bearer ${token}` } });
    t.equal(status.status, 200, 'GET /status/TEST_SAK_BESLUTTET with the token');

    const signal = last(final.stage, 'STOPSIGNAL')!.args as NodeJS.Signals;
    const stopStart = performance.now();
    child.kill(signal);
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000))]);
    t.equal(code, 0, `${signal} → exit 0 within 5 s`);
    t.comment(`stopped ${(performance.now() - stopStart).toFixed(0)} ms after ${signal}`);
  });
} else {
  t.comment(buildLog.join('\n').slice(-6000));
}
