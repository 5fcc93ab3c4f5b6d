/**
 * Hostile bodies, refused before anything is stored (issue 21): nesting past JSON_MAKS_DYBDE (a body nested 5000 deep
 * was once stored, and every read of the case then failed), more fields than JSON_MAKS_ELEMENTER, invalid UTF-8
 * (once stored as U+FFFD), another declared charset (once read as UTF-8 and stored mangled), strings past their
 * maxLength (a 3.9 MB retting melding was accepted), and event pages bounded in bytes. A body just within the limits
 * is stored and reads back everywhere. HTML pages carry their security headers.
 */
import t, { type Test } from 'tap';
import type { FastifyInstance } from 'fastify';
import { API, API_V2, example, testApp, tokenFor } from '../helpers.js';
import { lastOppVedleggFor } from '../vedlegg-fixture.js';
import { HTML_HODER } from '../../server/plugins/app/html-hoder.js';

const ORG = '312597772';
type Json = Record<string, unknown>;

/** `{ "x": { "x": … 1 } }` nested `n` objects deep. */
const nestet = (n: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = { x: v };
  return v;
};

async function oppsett(t: Test, overrides = {}) {
  const app = await testApp(overrides);
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  return { app, token, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } };
}

const saker = (app: FastifyInstance) => app.db.prepare('SELECT count(*) FROM sak').pluck().get() as number;

t.test('nesting past JSON_MAKS_DYBDE: 400 naming the limit on every JSON route, nothing stored', async (t) => {
  const { app, token, headers } = await oppsett(t, { jsonMaksDybde: 32 });
  for (const [url, modell] of [[API, '0.9'], [API_V2, '2.0']] as const) {
    const dyp = JSON.stringify({ ...(await lastOppVedleggFor(app, token, example('enkel', modell))), ukjent: nestet(40) });
    for (const [method, sti] of [['POST', '/utleggsbegjaering'], ['POST', '/utleggsbegjaering/valider'], ['PUT', '/utleggsbegjaering/valider/finnes-ikke']] as const) {
      const res = await app.inject({ method, url: `${url}${sti}`, headers, payload: dyp });
      t.equal(res.statusCode, 400, `${method} ${url}${sti}`);
      t.equal(res.json().melding, 'JSON-dokumentet er nøstet dypere enn 32 nivåer (JSON_MAKS_DYBDE)');
    }
  }
  const klokke = await app.inject({ method: 'POST', url: '/sandbox/klokke', headers, payload: JSON.stringify({ frem: 'PT1H', x: nestet(40) }) });
  t.equal(klokke.statusCode, 400, 'a sandbox route too');
  t.match(klokke.json().melding, 'JSON_MAKS_DYBDE');
  t.equal(saker(app), 0);
});

t.test('a body just within the depth limit is stored and every read of it answers', async (t) => {
  const { app, token, headers } = await oppsett(t, { jsonMaksDybde: 32 });
  const begjaering = { ...(await lastOppVedleggFor(app, token, example('enkel', '2.0'))), ukjent: nestet(30) };
  const res = await app.inject({ method: 'POST', url: `${API_V2}/utleggsbegjaering`, headers, payload: begjaering });
  t.equal(res.statusCode, 201, res.body);
  const ref = res.json().eksternSaksreferanse as string;
  for (const url of [`${API_V2}/utleggsbegjaering/${ref}`, `${API}/utleggsbegjaering/${ref}`, `${API_V2}/status/${ref}`, `/sandbox/oversikt/saker/${ref}`, '/sandbox/oversikt/saker']) {
    const lest = await app.inject({ method: 'GET', url, headers });
    t.equal(lest.statusCode, 200, url);
  }
  const lagret = (await app.inject({ method: 'GET', url: `${API_V2}/utleggsbegjaering/${ref}`, headers })).json();
  t.same(lagret.versjoner[0].begjaering.ukjent, nestet(30), 'as sent');
});

t.test('more fields and elements than JSON_MAKS_ELEMENTER: 400 naming the limit', async (t) => {
  const { app, headers } = await oppsett(t, { jsonMaksElementer: 5000 });
  const mange = JSON.stringify({ ...example('enkel', '2.0'), ukjent: Array.from({ length: 6000 }, (_, i) => i) });
  const res = await app.inject({ method: 'POST', url: `${API_V2}/utleggsbegjaering/valider`, headers, payload: mange });
  t.equal(res.statusCode, 400);
  t.equal(res.json().melding, 'JSON-dokumentet har flere enn 5000 felt og elementer (JSON_MAKS_ELEMENTER)');
  const feil = await app.inject({ method: 'POST', url: '/sandbox/feil', headers, payload: JSON.stringify({ antall: 1, status: 500, x: Array(6000).fill(0) }) });
  t.equal(feil.statusCode, 400, 'a sandbox route too');
});

t.test('invalid UTF-8 is 400 and another charset 415, never stored mangled', async (t) => {
  const { app, token, headers } = await oppsett(t);
  const begjaering = await lastOppVedleggFor(app, token, example('enkel'));
  const tekst = Buffer.from(JSON.stringify(begjaering));
  const ugyldig = Buffer.concat([tekst.subarray(0, 20), Buffer.from([0xc3, 0x28]), tekst.subarray(20)]);
  for (const url of [`${API}/utleggsbegjaering`, `${API}/utleggsbegjaering/valider`, `${API_V2}/betjeningskart`, '/sandbox/klokke']) {
    const res = await app.inject({ method: 'POST', url, headers, payload: ugyldig });
    t.equal(res.statusCode, 400, `${url}: invalid UTF-8`);
    t.equal(res.json().melding, 'Forespørselen er ikke gyldig UTF-8');
  }
  const latin1 = { ...headers, 'content-type': 'application/json; charset=iso-8859-1' };
  const res = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers: latin1, payload: Buffer.from(JSON.stringify(begjaering), 'latin1') });
  t.equal(res.statusCode, 415);
  t.equal(res.json().melding, 'JSON må sendes som UTF-8; Content-Type oppgir charset=iso-8859-1');
  t.equal((await app.inject({ method: 'POST', url: '/sandbox/klokke', headers: latin1, payload: '{"frem":"PT1H"}' })).statusCode, 415);
  t.equal(saker(app), 0);
  for (const charset of ['utf-8', 'UTF-8', '"utf8"']) {
    const ok = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers: { ...headers, 'content-type': `application/json; charset=${charset}` }, payload: tekst });
    t.equal(ok.statusCode, 204, `charset=${charset}`);
  }
});

t.test('strings past their maxLength are 400: a retting melding, a begjæring field at both versions', async (t) => {
  const { app, token, headers } = await oppsett(t);
  const begjaering = await lastOppVedleggFor(app, token, example('enkel'));
  const ref = (await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers, payload: begjaering })).json().eksternSaksreferanse;
  const retting = await app.inject({ method: 'POST', url: `/sandbox/saker/${ref}/retting`, headers, payload: { melding: 'x'.repeat(3_900_000) } });
  t.equal(retting.statusCode, 400);
  t.match(retting.json().kontrollutslag[0], { sti: '/melding' });
  for (const [url, modell] of [[API, '0.9'], [API_V2, '2.0']] as const) {
    const lang = { ...(example('enkel', modell) as Json), underskrift: 'A'.repeat(10_001) };
    const res = await app.inject({ method: 'POST', url: `${url}/utleggsbegjaering/valider`, headers, payload: lang });
    t.equal(res.statusCode, 400, url);
    t.match(res.json().kontrollutslag, [{ sti: '/underskrift' }]);
  }
});

t.test('a page of the event feed is bounded in bytes as well as in count', async (t) => {
  const { app, token, headers } = await oppsett(t, { hendelserSideMaksBytes: 8 * 1024 });
  const begjaering = await lastOppVedleggFor(app, token, example('enkel'));
  const ref = (await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers, payload: begjaering })).json().eksternSaksreferanse;
  for (let i = 0; i < 10; i++) await app.inject({ method: 'POST', url: `/sandbox/saker/${ref}/retting`, headers, payload: { melding: `${i} ${'x'.repeat(3000)}` } });
  const totalt = app.db.prepare('SELECT count(*) FROM hendelse WHERE orgnr = ?').pluck().get(ORG) as number;
  const side = (await app.inject({ method: 'GET', url: `${API}/hendelser?maksAntall=100`, headers })).json();
  t.ok(side.hendelser.length < totalt && side.hendelser.length >= 2, `${side.hendelser.length} of ${totalt} events on the first page`);
  t.ok(Buffer.byteLength(JSON.stringify(side)) < 16 * 1024);
  let alle = side.hendelser.length;
  for (let neste = side.nesteSekvensnummer; ; ) {
    const mer = (await app.inject({ method: 'GET', url: `${API}/hendelser?fraSekvensnummer=${neste}&maksAntall=100`, headers })).json();
    if (mer.hendelser.length === 0) break;
    alle += mer.hendelser.length;
    neste = mer.nesteSekvensnummer;
  }
  t.equal(alle, totalt, 'every event is reached by paging on');
});

t.test('HTML pages: Content-Security-Policy, nosniff, Referrer-Policy', async (t) => {
  const { app, headers } = await oppsett(t);
  for (const url of ['/docs/', '/console', '/sandbox/rapport?format=html']) {
    const res = await app.inject({ method: 'GET', url, headers: { authorization: headers.authorization } });
    t.equal(res.statusCode, 200, url);
    t.match(res.headers['content-type'], /^text\/html/, url);
    t.match(res.headers['content-security-policy'], /default-src 'self'.*script-src 'self'.*frame-ancestors 'none'/, `${url} CSP`);
    for (const navn of ['X-Content-Type-Options', 'Referrer-Policy']) t.equal(res.headers[navn.toLowerCase()], HTML_HODER[navn], `${url} ${navn}`);
  }
});
