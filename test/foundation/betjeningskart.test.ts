import t from 'tap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../server/paths.js';
import { API, testApp, tokenFor } from '../helpers.js';

const app = await testApp();
t.teardown(() => app.close());
const headers = { authorization: `Bearer ${await tokenFor(app, '312597772')}` };
const locked = JSON.parse(readFileSync(join(ROOT, 'seed/register/gammelt-regelverk.json'), 'utf8')) as Record<string, string[] | string>;
const oldRules = Object.values(locked).filter(Array.isArray).flat();

t.test('all 200 published identifiers answer gammelt, others nytt, in the order asked', async (t) => {
  t.equal(oldRules.length, 200);
  const res = await app.inject({ method: 'POST', url: `${API}/betjeningskart`, headers, payload: { identifikatorer: [...oldRules, '44926701751'] } });
  t.equal(res.statusCode, 200);
  const resultat = res.json().resultat as { identifikator: string; regelverk: string }[];
  t.same(resultat.slice(0, 200).map((r) => r.regelverk), Array(200).fill('gammelt'));
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
