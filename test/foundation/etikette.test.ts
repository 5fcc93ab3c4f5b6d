/**
 * Call etiquette: the headers Skatteetaten's published specification requires (KlientId, Korrelasjonsid, Meldingsid)
 * and at most five calls in flight per organisation. Lenient (default): answered normally with an Advarsel, counted
 * in the conformance report. Strict (ETIKETTE_MODE=strict): 400 naming the header, 429 with Retry-After.
 */
import t, { type Test } from 'tap';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { API, API_V2, kallhoder, testApp, tokenFor } from '../helpers.js';
import type { Config } from '../../server/config.js';

const ORG = '312597772';
const ANNEN_ORG = '311758489';
const HENDELSER = `${API}/hendelser`;
/** A fixed reference that answers at once for every organisation. */
const STATUS = `${API}/status/TEST_SAK_OPPRETTET`;

async function oppsett(t: Test, overrides: Partial<Config> = {}) {
  const app = await testApp(overrides);
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const auth = { authorization: `Bearer ${token}` };
  const hoder = { ...auth, ...kallhoder() };
  // Verified once, the token is known: later calls are authenticated at once.
  t.equal((await app.inject({ method: 'GET', url: STATUS, headers: hoder })).statusCode, 200);
  return { app, token, auth, hoder };
}

/** Holds the organisation's next `antall` calls to /hendelser open for `ms` (a delay injected after the count). */
async function hold(app: FastifyInstance, token: string, antall: number, ms: number): Promise<void> {
  const res = await app.inject({ method: 'POST', url: '/sandbox/feil', headers: { authorization: `Bearer ${token}` }, payload: { antall, forsinkelseMs: ms, sti: '/hendelser' } });
  if (res.statusCode !== 201) throw new Error(`feil: ${res.statusCode} ${res.body}`);
}

async function inntil(t: Test, hva: string, ok: () => boolean): Promise<void> {
  const frist = Date.now() + 10_000;
  while (!ok() && Date.now() < frist) await new Promise((r) => setTimeout(r, 5));
  t.ok(ok(), hva);
}

async function rapportpunkt(app: FastifyInstance, token: string, id: string): Promise<Record<string, unknown>> {
  const res = await app.inject({ method: 'GET', url: '/sandbox/rapport', headers: { authorization: `Bearer ${token}` } });
  return (res.json().sjekkliste as Record<string, unknown>[]).find((p) => p.id === id)!;
}

t.test('lenient: a call without a required header is answered normally, with an Advarsel naming it', async (t) => {
  const { app, token, auth, hoder } = await oppsett(t);
  const uten = await app.inject({ method: 'GET', url: HENDELSER, headers: auth });
  t.equal(uten.statusCode, 200);
  t.equal(uten.headers.advarsel, 'mangler header: KlientId, Korrelasjonsid, Meldingsid');
  const med = await app.inject({ method: 'GET', url: HENDELSER, headers: hoder });
  t.equal(med.statusCode, 200);
  t.equal(med.headers.advarsel, undefined, 'all three sent: nothing to say');

  const delvis = await app.inject({ method: 'GET', url: HENDELSER, headers: { ...auth, Klientid: 'system/1', KORRELASJONSID: 'abc', meldingsid: '' } });
  t.equal(delvis.headers.advarsel, 'mangler header: Meldingsid', 'an empty header is missing; names are case-insensitive');
  const feil = await app.inject({ method: 'GET', url: `${API_V2}/status/finnes-ikke`, headers: { ...auth, klientid: 'system/1' } });
  t.equal(feil.statusCode, 404, 'on an error answer, under /v2 too');
  t.equal(feil.headers.advarsel, 'mangler header: Korrelasjonsid, Meldingsid');
  const anonym = await app.inject({ method: 'GET', url: HENDELSER });
  t.equal(anonym.statusCode, 401);
  t.equal(anonym.headers.advarsel, undefined, 'only a verified call is held to it');

  // `uten`, `delvis` and `feil` lacked one; the set-up call and `med` did not.
  t.match(await rapportpunkt(app, token, 'hoder'), { antall: 2, avvik: 3, oppfylt: false, kilde: /required: true/ });
});

t.test('strict: a call without a required header is refused with 400 KB-006 naming each one, before its body is read', async (t) => {
  const { app, auth, hoder } = await oppsett(t, { etiketteMode: 'strict' });
  const res = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers: { ...auth, klientid: 'system/1' }, payload: {} });
  t.equal(res.statusCode, 400, 'not the 422 the body would get');
  const body = res.json();
  t.match(body, { kode: 'KB-006', status: 400, melding: 'Påkrevd header mangler: Korrelasjonsid, Meldingsid' });
  t.same(body.kontrollutslag.map((k: { kode: string; melding: string }) => [k.kode, k.melding]), [
    ['PAAKREVD_HEADER_MANGLER', 'Headeren Korrelasjonsid mangler'],
    ['PAAKREVD_HEADER_MANGLER', 'Headeren Meldingsid mangler'],
  ]);
  t.notOk('sti' in body.kontrollutslag[0], 'a header is not a place in the body');
  t.equal(res.headers.advarsel, undefined, 'refused, not noted');
  const med = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers: hoder, payload: {} });
  t.equal(med.statusCode, 422, 'with all three: validated as usual');
});

t.test('lenient: the sixth concurrent call is answered with an Advarsel; each organisation is counted alone', async (t) => {
  const { app, token, hoder } = await oppsett(t);
  await hold(app, token, 5, 2000);
  const holdte = Array.from({ length: 5 }, () => app.inject({ method: 'GET', url: HENDELSER, headers: hoder }));
  await inntil(t, 'five calls in flight', () => app.etikette.samtidige(ORG) === 5);

  const sjette = await app.inject({ method: 'GET', url: STATUS, headers: hoder });
  t.equal(sjette.statusCode, 200);
  t.equal(sjette.headers.advarsel, 'samtidige kall: 6 (maks 5)');
  const annen = await app.inject({ method: 'GET', url: STATUS, headers: { authorization: `Bearer ${await tokenFor(app, ANNEN_ORG)}`, ...kallhoder() } });
  t.equal(annen.headers.advarsel, undefined, 'another organisation has its own count');

  for (const res of await Promise.all(holdte)) {
    t.equal(res.statusCode, 200);
    t.equal(res.headers.advarsel, undefined, 'the first five kept the limit');
  }
  t.equal(app.etikette.samtidige(ORG), 0, 'every call released');
  t.match(await rapportpunkt(app, token, 'samtidighet'), { antall: 6, avvik: 1, oppfylt: false, kilde: /5 samtidige kall/ });
});

t.test('strict, over a real port: the sixth concurrent call is 429 with Retry-After; a client that leaves frees its place', async (t) => {
  const { app, token, hoder } = await oppsett(t, { etiketteMode: 'strict' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  await hold(app, token, 5, 3000);
  const forlater = new AbortController();
  const holdte = [
    fetch(`${base}${HENDELSER}`, { headers: hoder, signal: forlater.signal }).then(() => 'svarte', () => 'forlot'),
    ...Array.from({ length: 4 }, () => fetch(`${base}${HENDELSER}`, { headers: hoder }).then((r) => r.status)),
  ];
  await inntil(t, 'five calls in flight', () => app.etikette.samtidige(ORG) === 5);

  const sjette = await fetch(`${base}${STATUS}`, { headers: hoder });
  t.equal(sjette.status, 429);
  t.equal(sjette.headers.get('retry-after'), '1');
  t.match(await sjette.json(), { kode: 'SANDBOX-429', status: 429, melding: /^6 samtidige kall fra 312597772; høyst 5/ });

  forlater.abort();
  await inntil(t, 'the client that left is counted out', () => app.etikette.samtidige(ORG) === 4);
  t.equal((await fetch(`${base}${STATUS}`, { headers: hoder })).status, 200, 'its place is free again');
  t.same(await Promise.all(holdte), ['forlot', 200, 200, 200, 200]);
  await inntil(t, 'nothing in flight at the end', () => app.etikette.samtidige(ORG) === 0);
});
