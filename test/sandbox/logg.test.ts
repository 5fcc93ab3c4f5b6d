/**
 * GET /sandbox/logg: what is recorded (with the API version), the whole error body, filters, the per-organisation
 * bound, who may read, and rows written before the version was recorded.
 */
import t from 'tap';
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API, API_V2, testApp, tokenFor } from '../helpers.js';
import { ROOT } from '../../server/paths.js';
import { openDatabase } from '../../server/store/database.js';
import { Forespoerselslogg } from '../../server/sandbox/logg.js';
import { ADMIN, ANNEN_ORG, ORG, auth, foelgerSkjema, get, logg, post, type Json } from './kit.js';

t.test('an API request is logged with korrelasjonsid, status, duration and organisation', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const korrelasjonsid = '7f1c1b7e-3f0e-4a0e-9d55-1f4f2b0c9a11';
  const res = await app.inject({ method: 'GET', url: `${API}/hendelser?maksAntall=5`, headers: { ...auth(token), korrelasjonsid } });
  t.equal(res.statusCode, 200);

  const [innslag, tokenInnslag] = await logg(app, token);
  t.match(innslag, { metode: 'GET', sti: `${API}/hendelser`, status: 200, korrelasjonsid, orgnr: ORG, versjon: 'v1', kontrollutslag: [] });
  foelgerSkjema(t, 'LoggInnslag', innslag);
  t.ok(Number.isFinite(innslag!.varighetMs) && innslag!.varighetMs >= 0, 'varighetMs');
  t.ok(Math.abs(Date.parse(innslag!.tidspunkt) - app.clock.now(ORG).getTime()) < 10_000, 'tidspunkt on the sandbox clock');
  t.notOk('feil' in innslag!, 'a success carries no error body');
  t.match(tokenInnslag, { metode: 'POST', sti: '/sandbox/token', status: 200, orgnr: ORG, versjon: null }, 'the token request is filed under its organisation');
  foelgerSkjema(t, 'LoggInnslag', tokenInnslag);
});

t.test('each entry names the API version it was made under; the log filters by it', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  await get(app, token, `${API_V2}/hendelser`);
  await post(app, token, `${API_V2}/utleggsbegjaering/valider`, {});
  await get(app, token, `${API}/hendelser`);
  await post(app, token, '/sandbox/klokke', { frem: 'PT1M' });

  t.same((await logg(app, token)).map((i) => [i.versjon, i.sti]), [
    [null, '/sandbox/klokke'],
    ['v1', `${API}/hendelser`],
    ['v2', `${API_V2}/utleggsbegjaering/valider`],
    ['v2', `${API_V2}/hendelser`],
    [null, '/sandbox/token'],
  ]);
  t.same((await logg(app, token, 'versjon=v2')).map((i) => i.sti), [`${API_V2}/utleggsbegjaering/valider`, `${API_V2}/hendelser`]);
  t.same((await logg(app, token, 'versjon=v1')).map((i) => i.sti), [`${API}/hendelser`]);
  t.same((await logg(app, token, 'versjon=v2&status=400')).map((i) => i.kontrollutslag[0]), ['KB-006'], 'with the other filters');
  for (const innslag of await logg(app, token)) foelgerSkjema(t, 'LoggInnslag', innslag);
  for (const query of ['versjon=v3', 'versjon=V2', 'versjon=v1&versjon=v2']) {
    const res = await get(app, token, `/sandbox/logg?${query}`);
    t.equal(res.statusCode, 400, query);
    t.match(res.json(), { kode: 'KB-006', melding: /versjon/ }, query);
  }
});

t.test('rows and counters written before the version was recorded are read with the version their path names', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'logg-versjon-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const fil = join(dir, 'sandbox.db');
  // A database as the sandbox left it before migration 009.
  const gammel = new Database(fil);
  gammel.exec('CREATE TABLE schema_migrations (version TEXT PRIMARY KEY, applied TEXT NOT NULL)');
  for (const f of readdirSync(join(ROOT, 'server/store/migrations')).filter((f) => f.endsWith('.sql') && f < '009').sort()) {
    gammel.exec(readFileSync(join(ROOT, 'server/store/migrations', f), 'utf8'));
    gammel.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(f, '2026-01-01T00:00:00Z');
  }
  const rad = gammel.prepare(`INSERT INTO forespoersel_logg (orgnr, tidspunkt, metode, sti, status, korrelasjonsid, varighet_ms)
    VALUES (?, '2026-01-01T00:00:00.000Z', 'GET', ?, 200, 'k', 1)`);
  for (const sti of [`${API}/hendelser`, `${API_V2}/status/x`, '/api/utleggsbegjaering/v10/x', '/sandbox/klokke']) rad.run(ORG, sti);
  gammel.prepare(`INSERT INTO samsvar_teller VALUES (?, 'flyt', 'status', 2, '2026-01-01T00:00:00.000Z')`).run(ORG);
  gammel.close();

  const db = openDatabase(fil);
  t.teardown(() => db.close());
  const forespoerselslogg = new Forespoerselslogg(db, 100, (err) => t.error(err), (_orgnr, ms) => new Date(ms));
  t.same(forespoerselslogg.les(ORG, { grense: 10 }).map((i) => i.versjon), [null, null, 'v2', 'v1'], 'v10 is not v1');
  t.same(forespoerselslogg.les(ORG, { grense: 10, versjon: 'v1' }).map((i) => i.sti), [`${API}/hendelser`]);
  t.same(forespoerselslogg.tellere(ORG, new Date()), [{ art: 'flyt', navn: 'status', versjon: null, antall: 2, sist: '2026-01-01T00:00:00.000Z' }], 'no version');
});

t.test('a 422 keeps its codes and the whole error body, JSON or XML', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const json = await post(app, token, `${API}/utleggsbegjaering/valider`, {});
  t.equal(json.statusCode, 422);
  const xml = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers: { ...auth(token), accept: 'application/xml' }, payload: {} });
  t.equal(xml.statusCode, 422);

  const [xmlInnslag, jsonInnslag] = await logg(app, token);
  const utslag = (json.json().kontrollutslag as Json[]).map((k) => k.kode);
  t.ok(utslag.includes('MANGLER_KRAV') && utslag.includes('INNSENDER_MANGLER'), utslag.join());
  t.same(jsonInnslag!.kontrollutslag, ['SANDBOX-422', ...utslag], 'the error code, then every rule code');
  t.same(jsonInnslag!.feil, json.json(), 'the whole 422 as sent');
  t.equal(jsonInnslag!.korrelasjonsid, json.json().korrelasjonsid);
  t.same(xmlInnslag!.kontrollutslag, ['SANDBOX-422', ...utslag], 'codes read from the XML body');
  t.equal(xmlInnslag!.feil, xml.body, 'the XML body as text');
});

t.test('the Advarsel header becomes ukjenteFelt, whatever other notes come before it', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const res = await post(app, token, `${API}/utleggsbegjaering/valider`, { ukjent: 1, 'med mellomrom': 2 });
  t.equal(res.headers.advarsel, 'ukjente felt ignorert: /ukjent, /med%20mellomrom');
  const [innslag] = await logg(app, token);
  t.same(innslag!.ukjenteFelt, ['/ukjent', '/med mellomrom']);

  // No required header: that note comes first, in the same header.
  const uten = await app.inject({
    method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers: { authorization: `Bearer ${token}`, meldingsid: 'm-1' }, payload: { 'x;y, z': 1 },
  });
  t.equal(uten.headers.advarsel, 'mangler header: KlientId, Korrelasjonsid; ukjente felt ignorert: /x;y,%20z');
  const [senere] = await logg(app, token);
  t.same(senere!.ukjenteFelt, ['/x;y, z'], 'read back from its own part');
});

t.test('filters: status, sti, kode, grense; bad filters are 400', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  await post(app, token, `${API}/utleggsbegjaering/valider`, {});
  await get(app, token, `${API}/status/finnes-ikke`);
  await get(app, token, `${API}/hendelser`);
  await post(app, token, '/sandbox/klokke', { frem: 'PT1H' });

  t.same((await logg(app, token, 'status=422')).map((i) => i.status), [422]);
  t.same((await logg(app, token, 'status=404')).map((i) => i.sti), [`${API}/status/finnes-ikke`]);
  t.same((await logg(app, token, `sti=${encodeURIComponent(`${API}/hendelser`)}`)).map((i) => i.status), [200]);
  t.same((await logg(app, token, 'sti=/sandbox/')).map((i) => i.sti), ['/sandbox/klokke', '/sandbox/token'], 'mutating sandbox calls are logged');
  t.same((await logg(app, token, 'kode=MANGLER_KRAV')).map((i) => i.status), [422]);
  t.same((await logg(app, token, 'kode=KB-009')).map((i) => i.status), [404]);
  t.same(await logg(app, token, 'kode=UGYLDIG_KID'), []);
  t.equal((await logg(app, token, 'grense=2')).length, 2);
  t.equal((await logg(app, token)).length, 5);
  t.notOk((await logg(app, token)).some((i) => i.metode === 'GET' && i.sti.startsWith('/sandbox/')), 'the sandbox views are not logged');

  for (const query of ['status=abc', 'status=99', 'grense=0', 'grense=1001', 'status=200&status=201']) {
    const res = await get(app, token, `/sandbox/logg?${query}`);
    t.equal(res.statusCode, 400, query);
    t.equal(res.json().kode, 'KB-006', query);
  }
});

t.test('the log keeps at most loggMaks entries per organisation, the newest', async (t) => {
  const app = await testApp({ loggMaks: 10 });
  t.teardown(() => app.close());
  const [a, b] = [await tokenFor(app, ORG), await tokenFor(app, ANNEN_ORG)];
  for (let i = 0; i < 25; i++) await get(app, a, `${API}/status/ref-${i}`);
  await get(app, b, `${API}/status/b-ref`);

  const innslag = await logg(app, a, 'grense=1000');
  t.equal(innslag.length, 10);
  t.same(innslag.map((i) => i.sti), Array.from({ length: 10 }, (_, i) => `${API}/status/ref-${24 - i}`), 'the oldest went first');
  const lagret = app.db.prepare('SELECT count(*) FROM forespoersel_logg WHERE orgnr = ?').pluck().get(ORG);
  t.equal(lagret, 10, 'pruned in the database, not only in the answer');
  t.same((await logg(app, b)).map((i) => i.sti), [`${API}/status/b-ref`, '/sandbox/token'], 'another organisation keeps its own');
});

t.test('each organisation reads only its own log; the admin token reads any', async (t) => {
  const app = await testApp({ sandboxAdminToken: ADMIN });
  t.teardown(() => app.close());
  const [a, b] = [await tokenFor(app, ORG), await tokenFor(app, ANNEN_ORG)];
  await get(app, a, `${API}/status/bare-a`);

  t.notOk((await logg(app, b)).some((i) => i.sti.endsWith('bare-a')), 'B does not see A');
  const forsoek = await get(app, b, '/sandbox/logg', ORG);
  t.equal(forsoek.statusCode, 403, 'a token cannot name another organisation');
  t.equal(forsoek.json().kode, 'KB-005');
  t.ok((await logg(app, ADMIN, '', ORG)).some((i) => i.sti.endsWith('bare-a')), 'the admin token acts for A');
  t.equal((await get(app, ADMIN, '/sandbox/logg')).statusCode, 400, 'the admin token must name an organisation');
  t.equal((await app.inject({ method: 'GET', url: '/sandbox/logg' })).statusCode, 401);
});

t.test('a request refused for its token is filed under the organisation the token names', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const feilScope = await tokenFor(app, ORG, { scope: 'noe:annet' });
  const [hode, kropp, signatur] = token.split('.');
  const forfalsket = `${hode}.${kropp}.${signatur!.slice(0, -4)}AAAA`;

  t.equal((await get(app, feilScope, `${API}/hendelser`)).statusCode, 403);
  t.equal((await get(app, forfalsket, `${API}/hendelser`)).statusCode, 401);
  t.equal((await app.inject({ method: 'GET', url: `${API}/hendelser` })).statusCode, 401);

  const innslag = await logg(app, token, 'sti=/api/');
  t.same(innslag.map((i) => [i.status, i.kontrollutslag[0]]), [[401, 'KB-004'], [403, 'KB-005']]);
  t.equal(innslag[0]!.feil.kode, 'KB-004');
  const anonym = app.db.prepare('SELECT status FROM forespoersel_logg WHERE orgnr IS NULL').pluck().all();
  t.same(anonym, [401], 'a request without any token has no organisation');
});
