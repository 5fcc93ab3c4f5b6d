/**
 * The README's Quickstart runs as pasted (issue 22): the first ```sh block under the heading that names "Quickstart"
 * is run with bash, exactly as it stands, against the compiled server (`npm start`'s entry point) on a real port named
 * by SANDBOX_URL, from the repository root. It must end with a 201 and the case's status.
 */
import t from 'tap';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../server/paths.js';
import { startServer } from '../server-process.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const start = readme.search(/^#+ .*Quickstart.*$/m);
const blokk = /```(?:sh|bash)\n([\s\S]*?)```/.exec(readme.slice(start))?.[1];

t.test('the README has a Quickstart section with a shell block', async (t) => {
  t.ok(start >= 0, 'a heading with "Quickstart"');
  t.ok(blokk, 'a ```sh block under it');
});

t.test('the Quickstart block, run as written, ends with a 201 and the case\'s status', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-quickstart-'));
  const server = await startServer({ DB_PATH: join(dir, 'sandbox.db'), VEDLEGG_STEG_MS: '200' }, 20_000);
  t.teardown(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(ROOT, 'begjaering.json'), { force: true });
  });
  const run = spawnSync('bash', ['-c', blokk!], { cwd: ROOT, env: { ...process.env, SANDBOX_URL: server.url }, encoding: 'utf8', timeout: 120_000 });
  t.equal(run.status, 0, `bash exits 0\n${run.stderr}`);
  const ut = run.stdout;
  t.match(ut, /valider: 204/, 'the validation answers 204');
  const ref = /201: eksternSaksreferanse (\S+)/.exec(ut)?.[1];
  t.ok(ref, `a 201 with the case's reference\n${ut}`);
  const status = JSON.parse(ut.slice(ut.lastIndexOf('\n{') + 1)) as { eksternSaksreferanse: string; saksstatus: string };
  t.equal(status.eksternSaksreferanse, ref, 'the last thing printed is the case\'s status');
  t.equal(status.saksstatus, 'sakOpprettet');

  // Every call carried the headers Skatteetaten requires: the conformance report finds none missing.
  const token = (await (await fetch(`${server.url}/sandbox/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"orgnr":"312597772"}' })).json()) as { access_token: string };
  const rapport = (await (await fetch(`${server.url}/sandbox/rapport`, { headers: { authorization: `Bearer ${token.access_token}` } })).json()) as { sjekkliste: { id: string }[] };
  t.match(rapport.sjekkliste.find((p) => p.id === 'hoder'), { avvik: 0 }, 'no call without KlientId, Korrelasjonsid or Meldingsid');
});
