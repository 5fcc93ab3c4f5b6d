/** GET /sandbox/rapport: the flows and rule codes an organisation has exercised, per API version, as JSON or a page. */
import t from 'tap';
import type { FastifyInstance } from 'fastify';
import { API, API_V2, testApp, tokenFor } from '../helpers.js';
import { rules, rulesByModell } from '../../rules/registry.js';
import { ANNEN_ORG, ORG, SAKSOEKT, auth, begjaeringFor, foelgerSkjema, get, nySak, post, slaaOpp, type Json } from './kit.js';

/** A saksøkt Skatteetaten's test list locks to the old rules: a 422 under either version. */
const GAMMELT = '08907395937';

const ALLE = ['token', 'testmiljoe', 'hoder', 'samtidighet', 'vedlegg', 'validering', 'betjeningskart', 'innsending', 'betjeningskartUnoedig', 'endring',
  'status', 'hendelser', 'feil400', 'feil401', 'feil403', 'feil404', 'feil406', 'feil415', 'feil422', 'feil5xx'];

async function rapport(app: FastifyInstance, token: string): Promise<Json> {
  const res = await get(app, token, '/sandbox/rapport');
  t.equal(res.statusCode, 200);
  return res.json() as Json;
}

const oppfylte = (r: Json) => (r.sjekkliste as Json[]).filter((p) => p.oppfylt).map((p) => p.id as string);
const punkt = (r: Json, id: string) => (r.sjekkliste as Json[]).find((p) => p.id === id)!;
const versjon = (r: Json, v: string) => (r.versjoner as Json[]).find((x) => x.versjon === v)!;

/** Goes through the whole checklist at one API version the way a vendor's test suite would. */
async function fullFlyt(app: FastifyInstance, token: string, api: string): Promise<void> {
  const status = (res: { statusCode: number }, forventet: number, hva: string) => t.equal(res.statusCode, forventet, hva);
  status(await post(app, token, `${api}/utleggsbegjaering/valider`, await begjaeringFor(app, token, ORG, api)), 204, 'valider');
  t.same(await slaaOpp(app, token, [SAKSOEKT], api), ['nytt'], 'the saksøkt looked up right before');
  const { ref, begjaering } = await nySak(app, token, ORG, api);
  status(await post(app, token, `/sandbox/saker/${ref}/status`, { saksstatus: 'sakUnderBehandling' }), 200, 'the case is taken up');
  status(await app.inject({ method: 'PUT', url: `${api}/utleggsbegjaering/${ref}`, headers: auth(token), payload: begjaering }), 204, 'endring');
  status(await get(app, token, `${api}/status/${ref}`), 200, 'status');
  status(await get(app, token, `${api}/hendelser`), 200, 'hendelser');

  status(await post(app, token, `${api}/utleggsbegjaering`, { begjaeringsdato: 123 }), 400, 'schema');
  const [hode, kropp] = token.split('.');
  status(await get(app, `${hode}.${kropp}.AAAA`, `${api}/hendelser`), 401, 'forged');
  status(await get(app, await tokenFor(app, ORG, { scope: 'noe:annet' }), `${api}/hendelser`), 403, 'scope');
  status(await get(app, token, `${api}/status/finnes-ikke`), 404, 'unknown case');
  status(await app.inject({ method: 'GET', url: `${api}/hendelser`, headers: { ...auth(token), accept: 'text/plain' } }), 406, 'accept');
  status(await app.inject({ method: 'POST', url: `${api}/utleggsbegjaering`, headers: { ...auth(token), 'content-type': 'text/plain' }, payload: 'x' }), 415, 'content type');
  const gammelt = structuredClone(begjaering);
  gammelt.saksoekt[0].saksoekt.person.identifikator.verdi = GAMMELT;
  status(await post(app, token, `${api}/utleggsbegjaering`, gammelt), 422, 'rules: a saksøkt of the old rules');
  await post(app, token, '/sandbox/feil', { antall: 1, status: 503 });
  status(await get(app, token, `${api}/hendelser`), 503, 'fault');
}

t.test('a fresh organisation has done nothing but get a token; every rule code is still ahead, under either version', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const r = await rapport(app, await tokenFor(app, ORG));
  foelgerSkjema(t, 'Rapport', r);
  t.match(r, { orgnr: ORG, modus: 'livssyklus', oppfylt: 1, totalt: ALLE.length, regelkoderUtloest: [], koder: [] });
  t.same((r.sjekkliste as Json[]).map((p) => p.id), ALLE);
  t.same(oppfylte(r), ['token'], 'the token endpoint counts outside any version');
  t.same(punkt(r, 'token').perVersjon, { v2: { antall: 0 }, v1: { antall: 0 } });
  t.same(r.regelkoderIkkeUtloest, rules.map((rule) => rule.kode));
  for (const p of r.sjekkliste as Json[]) t.match(p, { beskrivelse: String, kilde: /Sjekkliste|Testplan|Overgangsperioden|Publisert spesifikasjon|Bruk av tjenestene/ });
  t.match(punkt(r, 'innsending'), { kilde: /201 med saksref eller 4xx/, antall: 0 });
  t.match(punkt(r, 'status'), { kilde: /Test 2: «Hent status på sak»/ });
  t.match(punkt(r, 'testmiljoe'), { kilde: /api-test\.sits\.no\/api\/utleggsbegjaering\/v2/, perVersjon: { v2: { antall: 0 } } });
  t.notOk('v1' in punkt(r, 'testmiljoe').perVersjon, '/v1 calls cannot meet it');
  t.match(punkt(r, 'betjeningskart'), { kilde: /rett i forkant av innsending/, antall: 0, avvik: 0 });
  t.match(punkt(r, 'betjeningskartUnoedig'), { kilde: /unødig/, antall: 0, avvik: 0 });
  t.same((r.versjoner as Json[]).map((v) => [v.versjon, v.modell, v.brukt, v.oppfylt]), [['v2', '2.0', false, 0], ['v1', '0.9', false, 0]]);
  t.equal(versjon(r, 'v2').totalt, ALLE.length);
  t.equal(versjon(r, 'v1').totalt, ALLE.length - 1, 'all but testmiljoe');
  for (const v of r.versjoner as Json[]) {
    t.same(v.regelkoderIkkeUtloest, rulesByModell[v.modell as '0.9' | '2.0'].map((rule) => rule.kode), `${v.versjon}: the rules of model ${v.modell}`);
  }
});

t.test('the full flow under /v2 fills the checklist; /v1 stays unexercised', async (t) => {
  const app = await testApp({ sakStegMs: 0 });
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  await fullFlyt(app, token, API_V2);

  const r = await rapport(app, token);
  foelgerSkjema(t, 'Rapport', r);
  t.same(oppfylte(r), ALLE, 'every point exercised');
  t.equal(r.oppfylt, r.totalt);
  t.match(punkt(r, 'innsending'), { antall: 1, perVersjon: { v2: { antall: 1 }, v1: { antall: 0 } } });
  t.equal(punkt(r, 'validering').antall, 1, 'the 204 (the 422 was on the submission path)');
  t.ok(punkt(r, 'vedlegg').antall >= 2);
  t.ok(Date.parse(punkt(r, 'feil5xx').sist) > 0, 'sist is a time');
  t.match(punkt(r, 'betjeningskart'), { antall: 1, avvik: 0, perVersjon: { v2: { antall: 1, avvik: 0 } } });
  t.match(punkt(r, 'betjeningskartUnoedig'), { antall: 1, avvik: 0 });
  t.equal(punkt(r, 'testmiljoe').antall, punkt(r, 'token').perVersjon.v2.antall, 'every verified /v2 call');
  t.match(versjon(r, 'v2'), { brukt: true, oppfylt: ALLE.length, totalt: ALLE.length });
  t.match(versjon(r, 'v1'), { brukt: false, oppfylt: 0, regelkoderUtloest: [] });

  for (const kode of ['SAKSOEKT_GAMMELT_REGELVERK']) {
    t.ok(r.regelkoderUtloest.includes(kode), `${kode} triggered`);
    t.ok(versjon(r, 'v2').regelkoderUtloest.includes(kode), `${kode} triggered under v2`);
    t.notOk(r.regelkoderIkkeUtloest.includes(kode));
    t.ok(versjon(r, 'v1').regelkoderIkkeUtloest.includes(kode), `${kode} still ahead under v1`);
  }
  t.ok(r.regelkoderIkkeUtloest.includes('UGYLDIG_KID'), 'not triggered, still ahead');
  t.equal(r.regelkoderUtloest.length + r.regelkoderIkkeUtloest.length, rules.length);
  const koder = new Map((r.koder as Json[]).map((k) => [k.kode, k.antall]));
  t.same([koder.get('KB-006'), koder.get('SANDBOX-415'), koder.get('SANDBOX-422')], [1, 1, 1], '400, 415 and 422, each by its own code');
  t.equal(koder.get('UGYLDIG_DATATYPE'), 1, 'schema codes are counted too');
  t.equal(koder.get('SANDBOX-503'), 1, 'the injected 503');

  const annen = await rapport(app, await tokenFor(app, ANNEN_ORG));
  t.same(oppfylte(annen), ['token'], 'another organisation\'s report is its own');
  t.same(annen.koder, []);
});

t.test('the same flow under /v1 meets everything but the test environment, counted under v1', async (t) => {
  const app = await testApp({ sakStegMs: 0 });
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  await fullFlyt(app, token, API);

  const r = await rapport(app, token);
  t.same(oppfylte(r), ALLE.filter((id) => id !== 'testmiljoe'));
  t.match(punkt(r, 'testmiljoe'), { oppfylt: false, antall: 0 });
  t.match(punkt(r, 'innsending'), { perVersjon: { v2: { antall: 0 }, v1: { antall: 1 } } });
  t.match(versjon(r, 'v1'), { brukt: true, oppfylt: ALLE.length - 1, totalt: ALLE.length - 1 });
  t.match(versjon(r, 'v2'), { brukt: false, oppfylt: 0 });
  t.ok(versjon(r, 'v1').regelkoderUtloest.includes('SAKSOEKT_GAMMELT_REGELVERK'));
  t.notOk(versjon(r, 'v2').regelkoderUtloest.includes('SAKSOEKT_GAMMELT_REGELVERK'));
});

t.test('validation is counted for a 422 on valider too, and counters outlive the log bound', async (t) => {
  const app = await testApp({ loggMaks: 10 });
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  t.equal((await post(app, token, `${API}/utleggsbegjaering/valider`, {})).statusCode, 422);
  for (let i = 0; i < 30; i++) await get(app, token, `${API_V2}/status/x${i}`);
  app.forespoerselslogg.flush();
  t.equal(app.db.prepare('SELECT count(*) FROM forespoersel_logg WHERE orgnr = ?').pluck().get(ORG), 10, 'the log was pruned');

  const r = await rapport(app, token);
  t.same(oppfylte(r), ['token', 'testmiljoe', 'hoder', 'samtidighet', 'validering', 'feil404', 'feil422']);
  t.match(punkt(r, 'feil404'), { antall: 30, perVersjon: { v2: { antall: 30 }, v1: { antall: 0 } } });
  t.match(punkt(r, 'validering'), { antall: 1, perVersjon: { v1: { antall: 1 }, v2: { antall: 0 } } });
  t.ok(r.regelkoderUtloest.includes('MANGLER_KRAV'), 'the 422 of the pruned entry still counts');
});

t.test('counters of a database written before versions were counted stay in the totals', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  // What migration 009 makes of an old counter: no version.
  app.db.prepare(`INSERT INTO samsvar_teller (orgnr, art, navn, antall, sist) VALUES (?, 'flyt', 'innsending', 4, '2026-01-01T00:00:00.000Z')`).run(ORG);
  const r = await rapport(app, token);
  t.match(punkt(r, 'innsending'), { oppfylt: true, antall: 4, sist: '2026-01-01T00:00:00.000Z', perVersjon: { v2: { antall: 0 }, v1: { antall: 0 } } });
  t.same((r.versjoner as Json[]).map((v) => v.brukt), [false, false], 'but say nothing of a version');
});

t.test('a readable page for ?format=html or a browser\'s Accept', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const side = async () => {
    const res = await get(app, token, '/sandbox/rapport?format=html');
    t.equal(res.statusCode, 200);
    t.match(res.headers['content-type'], /^text\/html/);
    return res.body;
  };
  t.match(await side(), /<h2>v2 \(modell 2\.0\)<\/h2>\s*<p>Ikke brukt ennå\.<\/p>/);
  await post(app, token, `${API}/utleggsbegjaering`, {});
  await get(app, token, `${API_V2}/hendelser`);

  const html = await side();
  t.match(html, /<h1>Samsvarsrapport for 312597772<\/h1>/);
  t.match(html, /Modus: <strong>livssyklus/);
  t.match(html, /6 av 20 punkter er prøvd\. Versjoner brukt: v2, v1\./, 'token, testmiljoe, hoder, samtidighet, hendelser and 422');
  t.match(html, /<th>Antall<\/th><th>v2<\/th><th>v1<\/th>/, 'a column per version');
  t.match(html, /Hente hendelser(?:(?!<tr)[^])*<\/td><td>1<\/td><td>1<\/td><td>0<\/td>/, 'hendelser: 1 in all, 1 under v2, none under v1');
  t.match(html, /<h2>v2 \(modell 2\.0\)<\/h2>\s*<p>Brukt: 5 av 20 punkter er prøvd under v2\.<\/p>\s*<h3>Regelkoder utløst \(0\)<\/h3>/);
  t.match(html, /<h2>v1 \(modell 0\.9\)<\/h2>\s*<p>Brukt: 4 av 19 punkter er prøvd under v1\.<\/p>\s*<h3>Regelkoder utløst \(\d+\)<\/h3><p>(?:(?!<h3>)[^])*<code>MANGLER_KRAV<\/code>/);
  t.match(html, /Hent status på sak/);

  const nettleser = await app.inject({ method: 'GET', url: '/sandbox/rapport', headers: { ...auth(token), accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
  t.match(nettleser.headers['content-type'], /^text\/html/);
  const json = await app.inject({ method: 'GET', url: '/sandbox/rapport?format=json', headers: { ...auth(token), accept: 'text/html' } });
  t.match(json.headers['content-type'], /^application\/json/, '?format=json wins over Accept');
  t.equal((await app.inject({ method: 'GET', url: '/sandbox/rapport' })).statusCode, 401);
});
