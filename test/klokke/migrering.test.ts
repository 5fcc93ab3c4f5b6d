/**
 * Migration 010: a database from the global clock. Its offset becomes the offset of every organisation with data (and
 * of no other), its pending jobs learn their organisation and stay due when they were, and a job whose case or
 * attachment is gone is dropped.
 */
import t from 'tap';
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../server/paths.js';
import { API, example, testApp, tokenFor } from '../helpers.js';
import { ANNEN_ORG, ORG, get, post } from '../sandbox/kit.js';

const TIME = 3_600_000;
const OFFSET = 5 * 24 * TIME;
/** Has only a request-log row: data too. */
const LOGG_ORG = '974761076';
/** Has nothing. */
const NY_ORG = '910000000';

/** A database as the sandbox left it before migration 010, its global clock 5 days on, one case with its step pending. */
function gammelDatabase(fil: string): void {
  const db = new Database(fil);
  db.exec('CREATE TABLE schema_migrations (version TEXT PRIMARY KEY, applied TEXT NOT NULL)');
  for (const f of readdirSync(join(ROOT, 'server/store/migrations')).filter((f) => f.endsWith('.sql') && f < '010').sort()) {
    db.exec(readFileSync(join(ROOT, 'server/store/migrations', f), 'utf8'));
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(f, '2026-01-01T00:00:00Z');
  }
  const naa = Date.now() + OFFSET;
  const tid = new Date(naa).toISOString();
  db.prepare('UPDATE klokke SET offset_ms = ?').run(OFFSET);
  db.prepare(`INSERT INTO sak (id, orgnr, ekstern_saksreferanse, begjaeringsdato, innsender_referanse, saksstatus, namsmann_referanse,
    opprettet, oppdatert) VALUES (7, ?, 'gammel-sak', '2024-02-02', 'gammel', 'sakOpprettet', 'UTLBGJ/2026/7', ?, ?)`).run(ORG, tid, tid);
  db.prepare('INSERT INTO begjaering_versjon (sak_id, versjon, mottatt, dokument) VALUES (7, 1, ?, ?)').run(tid, JSON.stringify(example('enkel')));
  db.prepare("INSERT INTO vedlegg VALUES ('v-1', ?, 'tvangsgrunnlag', 'a.pdf', 'gammel', 'konvertert', 1, 'x', ?, ?)").run(ANNEN_ORG, tid, tid);
  db.prepare("INSERT INTO forespoersel_logg (orgnr, tidspunkt, metode, sti, status, korrelasjonsid, varighet_ms) VALUES (?, ?, 'GET', '/x', 200, 'k', 1)")
    .run(LOGG_ORG, tid);
  const jobb = db.prepare('INSERT INTO planlagt_jobb (type, forfall_ms, data) VALUES (?, ?, ?)');
  const forfallMs = naa + TIME / 2;
  jobb.run('sak.steg', forfallMs, JSON.stringify({ sakId: 7, fra: 'sakOpprettet', forfallMs }));
  jobb.run('vedlegg.konverter', forfallMs, JSON.stringify({ uuid: 'v-1' }));
  jobb.run('sak.steg', forfallMs, JSON.stringify({ sakId: 99, fra: 'sakOpprettet', forfallMs }));
  db.close();
}

t.test('the global offset goes to every organisation with data; pending jobs keep their time on it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'klokke-migrering-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const dbPath = join(dir, 'sandbox.db');
  gammelDatabase(dbPath);

  const app = await testApp({ dbPath, sakStegMs: TIME });
  t.teardown(() => app.close());
  t.same(app.db.prepare('SELECT orgnr, offset_ms FROM klokke_org ORDER BY orgnr').raw().all(), [[ANNEN_ORG, OFFSET], [ORG, OFFSET], [LOGG_ORG, OFFSET]]);
  t.same(app.db.prepare('SELECT orgnr, type FROM planlagt_jobb ORDER BY id').raw().all(), [[ORG, 'sak.steg'], [ANNEN_ORG, 'vedlegg.konverter']], 'the orphan is gone');
  t.equal(app.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'klokke'").pluck().get(), 0, 'the global clock is gone');

  const dager = async (orgnr: string) => {
    const naa = Date.parse((await get(app, await tokenFor(app, orgnr), '/sandbox/klokke')).json().naa);
    return Math.round((naa - Date.now()) / TIME);
  };
  t.same([await dager(ORG), await dager(LOGG_ORG), await dager(NY_ORG)], [120, 120, 0], 'on the old clock, and a new organisation on real time');

  const token = await tokenFor(app, ORG);
  const status = async () => (await get(app, token, `${API}/status/gammel-sak`)).json().saksstatus as string;
  t.equal(await status(), 'sakOpprettet', 'the step is not due yet');
  t.equal((await post(app, token, '/sandbox/klokke', { frem: 'PT1H' })).statusCode, 200);
  t.equal(await status(), 'sakUnderBehandling', 'due on the organisation\'s time, as on the old global clock');
});
