import t from 'tap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../server/paths.js';
import { today } from '../../rules/lib/define.js';
import type { Begjaering } from '../../rules/lib/model.js';
import { API, API_V2, example, testApp, tokenFor } from '../helpers.js';
import { lastOppVedleggFor } from '../vedlegg-fixture.js';

const app = await testApp();
t.teardown(() => app.close());
const headers = { authorization: `Bearer ${await tokenFor(app, '312597772')}` };
const locked = JSON.parse(readFileSync(join(ROOT, 'seed/register/gammelt-regelverk.json'), 'utf8')) as Record<string, string[] | string>;
const oldRules = Object.values(locked).filter(Array.isArray).flat();

t.test('all 200 published identifiers answer gammelt (until the transition period ends), others nytt, in the order asked', async (t) => {
  t.equal(oldRules.length, 200);
  const res = await app.inject({ method: 'POST', url: `${API}/betjeningskart`, headers, payload: { identifikatorer: [...oldRules, '44926701751'] } });
  t.equal(res.statusCode, 200);
  const resultat = res.json().resultat as { identifikator: string; regelverk: string }[];
  // The sandbox clock starts at real time: from 1.1.2027 the list no longer holds (the test below moves the clock there).
  const regelverk = today(app.clock.now('312597772')) <= '2026-12-31' ? 'gammelt' : 'nytt';
  t.same(resultat.slice(0, 200).map((r) => r.regelverk), Array(200).fill(regelverk));
  t.same(resultat.map((r) => r.identifikator), [...oldRules, '44926701751']);
  t.same(resultat[200], { identifikator: '44926701751', regelverk: 'nytt' });
});

t.test('an empty list or a wrong shape is 400 KB-006; no token is 401', async (t) => {
  const empty = await app.inject({ method: 'POST', url: `${API}/betjeningskart`, headers, payload: { identifikatorer: [] } });
  t.equal(empty.statusCode, 400);
  t.equal(empty.json().kode, 'KB-006');
  const wrong = await app.inject({ method: 'POST', url: `${API}/betjeningskart`, headers, payload: { identifikatorer: '08907395937' } });
  t.equal(wrong.statusCode, 400);
  const anon = await app.inject({ method: 'POST', url: `${API}/betjeningskart`, payload: { identifikatorer: ['08907395937'] } });
  t.equal(anon.statusCode, 401);
  t.equal(anon.json().kode, 'KB-004');
});

t.test('the transition period ends 31.12.2026 (sandbox clock, Oslo time): then every identifier answers nytt at /v1 and /v2, and no saksøkt is sent to ELSA', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, '312597772');
  const auth = { authorization: `Bearer ${token}` };
  const ids = ['08907395937', '313159949', '44926701751'];
  const regelverk = async (api: string) =>
    ((await app.inject({ method: 'POST', url: `${api}/betjeningskart`, headers: auth, payload: { identifikatorer: ids } })).json().resultat as { regelverk: string }[])
      .map((r) => r.regelverk);
  const begjaering = await lastOppVedleggFor(app, token, example('enkel', '2.0') as Begjaering);
  begjaering.saksoekt![0]!.saksoekt!.person!.identifikator!.verdi = '08907395937';
  const valider = async () => {
    const res = await app.inject({ method: 'POST', url: `${API_V2}/utleggsbegjaering/valider`, headers: auth, payload: begjaering });
    return { status: res.statusCode, koder: res.statusCode === 422 ? (res.json().kontrollutslag as { kode: string }[]).map((k) => k.kode) : [] };
  };
  /** Moves the sandbox clock forward to `til` (ms), through the documented endpoint. */
  const fremTil = async (til: number) => {
    const naa = Date.parse((await app.inject({ method: 'GET', url: '/sandbox/klokke', headers: auth })).json().naa);
    const res = await app.inject({ method: 'POST', url: '/sandbox/klokke', headers: auth, payload: { frem: `PT${Math.max(0, Math.ceil((til - naa) / 1000))}S` } });
    t.equal(res.statusCode, 200, res.body);
  };
  const nyttaar = Date.parse('2027-01-01T00:00:00+01:00');
  if (app.clock.now('312597772').getTime() < nyttaar - 60_000) {
    // Still in the transition period on the real clock: its last minute.
    await fremTil(nyttaar - 60_000);
    t.same(await regelverk(API), ['gammelt', 'gammelt', 'nytt']);
    t.same(await regelverk(API_V2), ['gammelt', 'gammelt', 'nytt']);
    t.same(await valider(), { status: 422, koder: ['SAKSOEKT_GAMMELT_REGELVERK'] });
  }
  await fremTil(nyttaar);
  t.same(await regelverk(API), ['nytt', 'nytt', 'nytt']);
  t.same(await regelverk(API_V2), ['nytt', 'nytt', 'nytt']);
  t.same(await valider(), { status: 204, koder: [] });
});
