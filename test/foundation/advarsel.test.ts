/**
 * The Advarsel header is valid HTTP whatever the body's keys hold: 100 unknown fields, non-ASCII names and a lone
 * surrogate get the normal answer (once a 500 with an empty body, after the case was stored), the header printable
 * ASCII, bounded, and ending with the count of what it left out.
 */
import t from 'tap';
import { API, example, kallhoder, testApp, tokenFor } from '../helpers.js';
import { lastOppVedleggFor } from '../vedlegg-fixture.js';

const INNSENDER = '312597772';
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The begjæring with 100 unknown fields at its root, some named in Norwegian, one with a lone surrogate. */
function medUkjenteFelt(begjaering: Record<string, unknown>): Record<string, unknown> {
  const ukjente: Record<string, unknown> = { 'særnavn-æøå': 1, 'emoji-😀': 2, 'enslig-\ud800': 3, 'kontroll-\u0001': 4 };
  for (let i = Object.keys(ukjente).length; i < 100; i++) ukjente[`ukjent${i}`] = i;
  return { ...begjaering, ...ukjente };
}

t.test('submit, valider and endring answer normally with 100 unknown fields', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, INNSENDER);
  const headers = { authorization: `Bearer ${token}`, ...kallhoder() };
  const begjaering = medUkjenteFelt(await lastOppVedleggFor(app, token, example('enkel')));
  const payload = JSON.stringify(begjaering);
  const json = { ...headers, 'content-type': 'application/json' };

  const valider = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers: json, payload });
  t.equal(valider.statusCode, 204, valider.body);
  const innsendt = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers: json, payload });
  t.equal(innsendt.statusCode, 201, innsendt.body);
  const ref = innsendt.json().eksternSaksreferanse as string;
  const endring = await app.inject({ method: 'PUT', url: `${API}/utleggsbegjaering/valider/${ref}`, headers: json, payload });
  // The normal answer to an endring right after the submission: the first version is still ubehandlet.
  t.equal(endring.statusCode, 422, endring.body);
  t.same(endring.json().kontrollutslag.map((k: { kode: string }) => k.kode), ['UAVKLART_STATUS']);

  for (const res of [valider, innsendt, endring]) {
    const advarsel = String(res.headers.advarsel);
    t.match(advarsel, PRINTABLE_ASCII, 'printable ASCII');
    t.ok(advarsel.length <= 2100, `bounded (${advarsel.length} characters)`);
    t.ok(advarsel.startsWith('ukjente felt ignorert: /s%C3%A6rnavn-%C3%A6%C3%B8%C3%A5, /emoji-%F0%9F%98%80, /enslig-%EF%BF%BD, /kontroll-%01'), advarsel);
    t.ok(advarsel.endsWith(', ... (80 til)'), 'names 20 and counts the rest');
  }
  const lest = await app.inject({ method: 'GET', url: `${API}/utleggsbegjaering/${ref}`, headers });
  t.equal(lest.statusCode, 200, 'the stored case reads back');
});
