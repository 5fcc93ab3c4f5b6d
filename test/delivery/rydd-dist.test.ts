/**
 * After a build, dist/ holds nothing whose source is gone (scripts/rydd-dist.ts): a route or plugin deleted from the
 * sources must not go on being autoloaded from a stale build.
 */
import t from 'tap';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../server/paths.js';

t.test('a build output without its source is removed, one with its source kept', async (t) => {
  const mappe = join(ROOT, 'dist/server/routes/foreldet-rute');
  t.teardown(() => rmSync(mappe, { recursive: true, force: true }));
  mkdirSync(mappe, { recursive: true });
  for (const fil of ['index.js', 'index.js.map', 'index.d.ts']) writeFileSync(join(mappe, fil), '');
  execFileSync(process.execPath, [join(ROOT, 'dist/scripts/rydd-dist.js')]);
  for (const fil of ['index.js', 'index.js.map', 'index.d.ts']) t.notOk(existsSync(join(mappe, fil)), `${fil} removed`);
  t.ok(existsSync(join(ROOT, 'dist/server/server.js')), 'the server is still there');
  t.ok(existsSync(join(ROOT, 'dist/test/delivery/rydd-dist.test.js')), 'and this test');
});
