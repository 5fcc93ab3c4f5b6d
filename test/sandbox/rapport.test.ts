/** GET /sandbox/rapport: the flows and rule codes an organisation has exercised, as JSON or a page. */
import t from 'tap';
import type { FastifyInstance } from 'fastify';
import { API, testApp, tokenFor } from '../helpers.js';
import { rules } from '../../rules/registry.js';
import { ANNEN_ORG, ORG, auth, begjaeringFor, get, nySak, post, type Json } from './kit.js';

const ALLE = ['token', 'vedlegg', 'validering', 'innsending', 'endring', 'status', 'hendelser',
  'feil400', 'feil401', 'feil403', 'feil404', 'feil406', 'feil415', 'feil422', 'feil5xx'];

async function rapport(app: FastifyInstance, token: string): Promise<Json> {
  const res = await get(app, token, '/sandbox/rapport');
  t.equal(res.statusCode, 200);
  return res.json() as Json;
}

const oppfylte = (r: Json) => (r.sjekkliste as Json[]).filter((p) => p.oppfylt).map((p) => p.id as string);

/** Goes through the whole checklist the way a vendor's test suite would. */
async function fullFlyt(app: FastifyInstance, token: string): Promise<void> {
  const status = (res: { statusCode: number }, forventet: number, hva: string) => t.equal(res.statusCode, forventet, hva);
  status(await post(app, token, `${API}/utleggsbegjaering/valider`, await begjaeringFor(app, token)), 204, 'valider');
  const { ref, begjaering } = await nySak(app, token);
  status(await post(app, token, `/sandbox/saker/${ref}/status`, { saksstatus: 'sakUnderBehandling' }), 200, 'the case is taken up');
  status(await app.inject({ method: 'PUT', url: `${API}/utleggsbegjaering/${ref}`, headers: auth(token), payload: begjaering }), 204, 'endring');
  status(await get(app, token, `${API}/status/${ref}`), 200, 'status');
  status(await get(app, token, `${API}/hendelser`), 200, 'hendelser');

  status(await post(app, token, `${API}/utleggsbegjaering`, { begjaeringsdato: 123 }), 400, 'schema');
  const [hode, kropp] = token.split('.');
  status(await get(app, `${hode}.${kropp}.AAAA`, `${API}/hendelser`), 401, 'forged');
  status(await get(app, await tokenFor(app, ORG, { scope: 'noe:annet' }), `${API}/hendelser`), 403, 'scope');
  status(await get(app, token, `${API}/status/finnes-ikke`), 404, 'unknown case');
  status(await app.inject({ method: 'GET', url: `${API}/hendelser`, headers: { ...auth(token), accept: 'text/plain' } }), 406, 'accept');
  status(await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers: { ...auth(token), 'content-type': 'text/plain' }, payload: 'x' }), 415, 'content type');
  status(await post(app, token, `${API}/utleggsbegjaering`, {}), 422, 'rules');
  await post(app, token, '/sandbox/feil', { antall: 1, status: 503 });
  status(await get(app, token, `${API}/hendelser`), 503, 'fault');
}

t.test('a fresh organisation has done nothing but get a token; every rule code is still ahead', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const r = await rapport(app, await tokenFor(app, ORG));
  t.match(r, { orgnr: ORG, oppfylt: 1, totalt: ALLE.length, regelkoderUtloest: [], koder: [] });
  t.same((r.sjekkliste as Json[]).map((p) => p.id), ALLE);
  t.same(oppfylte(r), ['token']);
  t.same(r.regelkoderIkkeUtloest, rules.map((rule) => rule.kode));
  for (const p of r.sjekkliste as Json[]) t.match(p, { beskrivelse: String, kilde: /Sjekkliste|Testplan/ });
  t.match((r.sjekkliste as Json[]).find((p) => p.id === 'innsending'), { kilde: /201 med saksref eller 4xx/, antall: 0 });
  t.match((r.sjekkliste as Json[]).find((p) => p.id === 'status'), { kilde: /Test 2: «Hent status på sak»/ });
});

t.test('the full flow fills the checklist and lists the rule codes triggered', async (t) => {
  const app = await testApp({ sakStegMs: 0 });
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  await fullFlyt(app, token);

  const r = await rapport(app, token);
  t.same(oppfylte(r), ALLE, 'every point exercised');
  t.equal(r.oppfylt, r.totalt);
  const punkt = (id: string) => (r.sjekkliste as Json[]).find((p) => p.id === id)!;
  t.equal(punkt('innsending').antall, 1);
  t.equal(punkt('validering').antall, 1, 'the 204 (the 422 was on the submission path)');
  t.ok(punkt('vedlegg').antall >= 2);
  t.ok(Date.parse(punkt('feil5xx').sist) > 0, 'sist is a time');
  for (const kode of ['MANGLER_KRAV', 'INNSENDER_MANGLER']) {
    t.ok(r.regelkoderUtloest.includes(kode), `${kode} triggered`);
    t.notOk(r.regelkoderIkkeUtloest.includes(kode));
  }
  t.ok(r.regelkoderIkkeUtloest.includes('UGYLDIG_KID'), 'not triggered, still ahead');
  t.equal(r.regelkoderUtloest.length + r.regelkoderIkkeUtloest.length, rules.length);
  const koder = new Map((r.koder as Json[]).map((k) => [k.kode, k.antall]));
  t.equal(koder.get('KB-006'), 3, '400, 415 and 422');
  t.equal(koder.get('UGYLDIG_DATATYPE'), 1, 'schema codes are counted too');
  t.equal(koder.get('KB-002'), 1);

  const annen = await rapport(app, await tokenFor(app, ANNEN_ORG));
  t.same(oppfylte(annen), ['token'], 'another organisation\'s report is its own');
  t.same(annen.koder, []);
});

t.test('validation is counted for a 422 on valider too, and counters outlive the log bound', async (t) => {
  const app = await testApp({ loggMaks: 10 });
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  t.equal((await post(app, token, `${API}/utleggsbegjaering/valider`, {})).statusCode, 422);
  for (let i = 0; i < 30; i++) await get(app, token, `${API}/status/x${i}`);
  app.forespoerselslogg.flush();
  t.equal(app.db.prepare('SELECT count(*) FROM forespoersel_logg WHERE orgnr = ?').pluck().get(ORG), 10, 'the log was pruned');

  const r = await rapport(app, token);
  t.same(oppfylte(r), ['token', 'validering', 'feil404', 'feil422']);
  t.equal((r.sjekkliste as Json[]).find((p) => p.id === 'feil404')?.antall, 30);
  t.ok(r.regelkoderUtloest.includes('MANGLER_KRAV'), 'the 422 of the pruned entry still counts');
});

t.test('a readable page for ?format=html or a browser\'s Accept', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  await post(app, token, `${API}/utleggsbegjaering`, {});

  const side = await get(app, token, '/sandbox/rapport?format=html');
  t.equal(side.statusCode, 200);
  t.match(side.headers['content-type'], /^text\/html/);
  t.match(side.body, /<h1>Samsvarsrapport for 312597772<\/h1>/);
  t.match(side.body, /2 av 15 punkter er prøvd/, 'token and 422');
  t.match(side.body, /<code>MANGLER_KRAV<\/code>/);
  t.match(side.body, /Hent status på sak/);

  const nettleser = await app.inject({ method: 'GET', url: '/sandbox/rapport', headers: { ...auth(token), accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
  t.match(nettleser.headers['content-type'], /^text\/html/);
  const json = await app.inject({ method: 'GET', url: '/sandbox/rapport?format=json', headers: { ...auth(token), accept: 'text/html' } });
  t.match(json.headers['content-type'], /^application\/json/, '?format=json wins over Accept');
  t.equal((await app.inject({ method: 'GET', url: '/sandbox/rapport' })).statusCode, 401);
});
