/** Submission as a vendor does it: the official example accepted once, duplicates refused, data isolated and durable. */
import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API, example, kallhoder, testApp, tokenFor } from '../helpers.js';
import { lastOppVedleggFor } from '../vedlegg-fixture.js';

const INNSENDER = '312597772';

t.test('the official enkel example: 201, then DUPLIKAT_INNSENDING', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, INNSENDER);
  const begjaering = await lastOppVedleggFor(app, token, example('enkel'));
  const headers = { authorization: `Bearer ${token}` };

  const valider = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers, payload: begjaering });
  t.equal(valider.statusCode, 204, valider.body);

  const first = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers, payload: begjaering });
  t.equal(first.statusCode, 201, first.body);
  const { eksternSaksreferanse } = first.json();
  t.match(eksternSaksreferanse, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'modelled: a time-ordered UUID');
  t.equal(first.headers.location, `http://localhost:8080${API}/utleggsbegjaering/${eksternSaksreferanse}`);

  const again = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers, payload: begjaering });
  t.equal(again.statusCode, 422);
  const body = again.json();
  t.equal(body.kode, 'SANDBOX-422');
  t.same(body.kontrollutslag.map((k: { kode: string }) => k.kode), ['DUPLIKAT_INNSENDING']);
  t.equal(body.kontrollutslag[0].melding, 'Sak med begjæringsdato 2024-02-02 og referanse InnsenderRef124 er allerede sendt inn');

  const stored = await app.inject({ method: 'GET', url: `${API}/utleggsbegjaering/${eksternSaksreferanse}`, headers });
  t.equal(stored.statusCode, 200);
  t.equal(stored.json().versjoner[0].begjaering.innsenderReferanse, 'InnsenderRef124');
  t.equal(stored.json().saksstatus, 'sakOpprettet');
});

t.test('another organisation sees nothing (404, not 403)', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, INNSENDER);
  const begjaering = await lastOppVedleggFor(app, token, example('enkel'));
  const res = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers: { authorization: `Bearer ${token}` }, payload: begjaering });
  const ref = res.json().eksternSaksreferanse;
  const other = await tokenFor(app, '311758489');
  const seen = await app.inject({ method: 'GET', url: `${API}/utleggsbegjaering/${ref}`, headers: { authorization: `Bearer ${other}` } });
  t.equal(seen.statusCode, 404);
  t.equal(seen.json().kode, 'KB-009');
});

t.test('a system user logged in for another organisation than the innsender is refused', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  // Alternativ 2: the vendor logs in as its customer's system user; a vendor logged in as itself may name any innsender.
  const token = await tokenFor(app, INNSENDER, { systembrukerOrgnr: '311758489' });
  const res = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers: { authorization: `Bearer ${token}` }, payload: example('enkel') });
  t.equal(res.statusCode, 422);
  const utslag = res.json().kontrollutslag.find((k: { kode: string }) => k.kode === 'INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING');
  t.equal(utslag?.melding, 'Innsenders organisasjonsnummer 312597772, som angitt i begjæringen, avviker fra pålogget virksomhet, 311758489');
});

t.test('20 concurrent identical submissions: exactly one 201', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, INNSENDER);
  const begjaering = await lastOppVedleggFor(app, token, example('enkel'));
  const answers = await Promise.all(
    Array.from({ length: 20 }, () =>
      app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers: { authorization: `Bearer ${token}` }, payload: begjaering })),
  );
  const codes = answers.map((a) => a.statusCode);
  t.equal(codes.filter((c) => c === 201).length, 1);
  t.equal(codes.filter((c) => c === 422).length, 19);
  for (const a of answers.filter((x) => x.statusCode === 422)) t.equal(a.json().kontrollutslag[0].kode, 'DUPLIKAT_INNSENDING');
});

t.test('cases survive closing and rebuilding the app on the same file', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const dbPath = join(dir, 'sandbox.db');
  const first = await testApp({ dbPath });
  const token = await tokenFor(first, INNSENDER);
  const begjaering = await lastOppVedleggFor(first, token, example('enkel'));
  const res = await first.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers: { authorization: `Bearer ${token}` }, payload: begjaering });
  t.equal(res.statusCode, 201);
  await first.close();

  const second = await testApp({ dbPath });
  t.teardown(() => second.close());
  // The token was signed by the key kept in the database, so it still verifies after the restart.
  const stored = await second.inject({
    method: 'GET', url: `${API}/utleggsbegjaering/${res.json().eksternSaksreferanse}`, headers: { authorization: `Bearer ${token}` },
  });
  t.equal(stored.statusCode, 200);
  t.equal(stored.json().versjoner.length, 1);
});

t.test('a body that starts with a byte order mark: accepted, and stored without it (the case stays readable)', async (t) => {
  for (const dbPath of [':memory:', 'file']) {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-bom-'));
    t.teardown(() => rmSync(dir, { recursive: true, force: true }));
    const app = await testApp({ dbPath: dbPath === 'file' ? join(dir, 'sandbox.db') : dbPath });
    t.teardown(() => app.close());
    const token = await tokenFor(app, INNSENDER);
    const begjaering = await lastOppVedleggFor(app, token, example('enkel'));
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const payload = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(begjaering))]);
    const res = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering`, headers, payload });
    t.equal(res.statusCode, 201, `${dbPath}: ${res.body}`);
    const ref = res.json().eksternSaksreferanse;
    const stored = await app.inject({ method: 'GET', url: `${API}/utleggsbegjaering/${ref}`, headers });
    t.equal(stored.statusCode, 200, stored.body);
    t.same(stored.json().versjoner[0].begjaering, begjaering, `${dbPath}: the document as sent`);
    t.equal((await app.inject({ method: 'GET', url: `${API}/status/${ref}`, headers })).statusCode, 200);
  }
});

t.test('unknown fields are tolerated and named in the Advarsel header', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, INNSENDER);
  const begjaering = { ...(await lastOppVedleggFor(app, token, example('enkel'))), ukjentFelt: 1, innsender: { ...example('enkel').innsender as object, ekstra: 'x' } };
  const res = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers: { authorization: `Bearer ${token}`, ...kallhoder() }, payload: begjaering });
  t.equal(res.statusCode, 204, res.body);
  t.equal(res.headers.advarsel, 'ukjente felt ignorert: /innsender/ekstra, /ukjentFelt');
});
