/**
 * Crash-loop protection over real processes (issue 21): a file whose conversion takes the process down — here a
 * SIGKILL while the worker converts it — is converted again at the next start, but a step is started at most
 * VEDLEGG_MAKS_FORSOEK (3) times: the start after the third kill ends the attachment konverteringFeilet with the
 * reason, at once, and the server goes on with the next file.
 */
import t from 'tap';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API } from '../helpers.js';
import { fixtureFile } from '../vedlegg-fixture.js';
import { langtOrd } from '../vedlegg/giftige-filer.js';
import { bearer, lastOppTil, sleep, startBuilt, tokenAt } from './kit.js';

const ORG = '312597772';
const dir = mkdtempSync(join(tmpdir(), 'reliability-forsoek-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const dbPath = join(dir, 'sandbox.db');
// A fixed PUBLIC_URL keeps the issuer, and so the token, the same across restarts on new ports.
const env = { DB_PATH: dbPath, PUBLIC_URL: 'http://localhost:8080' };

/** The attachment's status and started attempts, read from the database file beside the running server. */
function rad(uuid: string): { status: string; forsoek: number } {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT status, forsoek FROM vedlegg WHERE uuid = ?').get(uuid) as { status: string; forsoek: number };
  } finally {
    db.close();
  }
}

async function inntil(hva: string, sjekk: () => boolean, fristMs = 60_000): Promise<void> {
  const frist = performance.now() + fristMs;
  while (!sjekk()) {
    if (performance.now() > frist) throw new Error(`not within ${fristMs} ms: ${hva}`);
    await sleep(20);
  }
}

t.test('a conversion that kills the process runs again at most 3 times, then ends failed', async (t) => {
  let server = await startBuilt(env);
  t.teardown(() => server.stop('SIGTERM'));
  const token = await tokenAt(server.url, ORG, { levetidSekunder: 3600 });
  // ~30 s of layout: a SIGKILL always finds it converting.
  const uuid = await lastOppTil(server.url, token, 'ord.txt', langtOrd(2 ** 20));
  for (let drept = 1; drept <= 3; drept++) {
    await inntil(`conversion attempt ${drept} started`, () => {
      const { status, forsoek } = rad(uuid);
      return status === 'validert' && forsoek === drept;
    });
    await server.stop('SIGKILL');
    t.comment(`killed during conversion attempt ${drept}`);
    server = await startBuilt(env);
  }
  const start = performance.now();
  const les = async () => (await (await fetch(`${server.url}${API}/vedlegg/${uuid}`, { headers: bearer(token) })).json()) as { status: string; feilaarsak?: string };
  let svar = await les();
  while (svar.status === 'validert' && performance.now() - start < 60_000) {
    await sleep(50);
    svar = await les();
  }
  t.comment(`after the third kill: ${svar.status} in ${Math.round(performance.now() - start)} ms (${svar.feilaarsak})`);
  t.same(svar.status, 'konverteringFeilet', 'failed instead of converting a fourth time');
  t.equal(svar.feilaarsak, 'behandlingen ble avbrutt 3 ganger uten å bli ferdig og prøves ikke igjen (VEDLEGG_MAKS_FORSOEK)');
  t.equal(rad(uuid).forsoek, 0, 'the outcome ends the count');

  const neste = await lastOppTil(server.url, token, 'b.png', fixtureFile('betalingsoppfordring.png'));
  await inntil('the next file converted', () => rad(neste).status === 'konvertert');
  t.pass('the server goes on with the next file');
});
