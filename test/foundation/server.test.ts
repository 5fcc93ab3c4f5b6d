/** The real process: starts healthy from the environment, refuses bad configuration, stops cleanly on SIGTERM. */
import t from 'tap';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../server/paths.js';
import { startServer } from '../server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-proc-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

t.test('starts, answers /health and the docs, exits 0 on SIGTERM', async (t) => {
  const server = await startServer({ DB_PATH: join(dir, 'a.db') });
  t.ok(server.startupMs < 10_000, `healthy after ${Math.round(server.startupMs)} ms`);
  const health = await fetch(`${server.url}/health`);
  t.same(await health.json(), { status: 'ok', modus: 'livssyklus' });
  const openapi = await fetch(`${server.url}/openapi.json`);
  t.equal((await openapi.json()).openapi.slice(0, 3), '3.1');
  const docs = await fetch(`${server.url}/docs/`);
  t.equal(docs.status, 200);
  t.equal(await server.stop('SIGTERM'), 0);
});

t.test('a bad configuration value stops the start with a clear message', async (t) => {
  const res = spawnSync(process.execPath, [join(ROOT, 'dist/server/server.js')], {
    env: { ...process.env, PORT: 'nope', DB_PATH: join(dir, 'b.db') },
    encoding: 'utf8',
    timeout: 10_000,
  });
  t.equal(res.status, 2);
  t.match(res.stderr, 'Configuration error: PORT="nope" is not valid: expected a whole number from 0 to 65535');
});
