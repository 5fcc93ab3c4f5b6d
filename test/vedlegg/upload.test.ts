/** POST/GET/DELETE /vedlegg through the API: the response shape, tenancy, bad input, limits and aborted uploads. */
import t from 'tap';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { PDFDocument } from 'pdf-lib';
import { API, testApp, tokenFor } from '../helpers.js';
import { fixtureFile, lastOppVedlegg, multipartBody, STANDARD_FIL } from '../vedlegg-fixture.js';
import { auth, NOTHING, ORG, OTHER_ORG, stored } from './kit.js';

const FELT = { type: 'tvangsgrunnlag', innsenderReferanse: 'InnsenderRef124' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

t.test('upload: 201 with the attachment and Location; GET; the converted PDF; DELETE', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  app.clock.hold();

  const res = await lastOppVedlegg(app, token, { ...FELT, filnavn: 'Tvangsgrunnlag ÆØÅ.pdf' });
  t.equal(res.statusCode, 201, res.body);
  const body = res.json();
  t.match(body.uuid, UUID);
  t.same(Object.keys(body).sort(), ['filnavn', 'innsenderReferanse', 'oppdatert', 'opprettet', 'sha256', 'status', 'storrelse', 'type', 'uuid']);
  t.match(body, {
    type: 'tvangsgrunnlag',
    filnavn: 'Tvangsgrunnlag ÆØÅ.pdf',
    status: 'mottatt',
    storrelse: fixtureFile('tvangsgrunnlag.pdf').length,
    sha256: createHash('sha256').update(fixtureFile('tvangsgrunnlag.pdf')).digest('hex'),
    innsenderReferanse: 'InnsenderRef124',
  });
  t.equal(body.opprettet, body.oppdatert);
  t.ok(!Number.isNaN(Date.parse(body.opprettet)), 'opprettet is a timestamp');
  t.equal(res.headers.location, `http://localhost:8080${API}/vedlegg/${body.uuid}`);

  const url = `${API}/vedlegg/${body.uuid}`;
  const notYet = await app.inject({ method: 'GET', url: `${url}/innhold`, headers: auth(token) });
  t.equal(notYet.statusCode, 409, 'no PDF before konvertert');
  t.match(notYet.json(), { kode: 'SANDBOX-409', status: 409, melding: /status mottatt/ });

  app.clock.release();
  await app.clock.settle();
  const got = await app.inject({ method: 'GET', url, headers: auth(token) });
  t.equal(got.statusCode, 200);
  t.match(got.json(), { ...body, status: 'konvertert', oppdatert: String });

  const pdf = await app.inject({ method: 'GET', url: `${url}/innhold`, headers: auth(token) });
  t.equal(pdf.statusCode, 200);
  t.equal(pdf.headers['content-type'], 'application/pdf');
  t.match(pdf.headers['content-disposition'], /filename\*=UTF-8''Tvangsgrunnlag%20%C3%86%C3%98%C3%85\.pdf/);
  const doc = await PDFDocument.load(pdf.rawPayload);
  t.ok(doc.getPageCount() >= 1, 'the PDF opens with pdf-lib and has a page');
  t.same(stored(app), { rows: 1, tmp: [], original: [body.uuid], pdf: [`${body.uuid}.pdf`] });

  const del = await app.inject({ method: 'DELETE', url, headers: auth(token) });
  t.equal(del.statusCode, 204);
  t.equal(del.body, '');
  t.equal((await app.inject({ method: 'GET', url, headers: auth(token) })).json().status, 'slettet');
  t.same(stored(app), { rows: 1, tmp: [], original: [], pdf: [] }, 'files removed, row kept for the rules');
  const gone = await app.inject({ method: 'GET', url: `${url}/innhold`, headers: auth(token) });
  t.equal(gone.statusCode, 409);
  t.match(gone.json().melding, /status slettet/);
  t.equal((await app.inject({ method: 'DELETE', url, headers: auth(token) })).statusCode, 204, 'DELETE is idempotent');
});

t.test('filnavn defaults to the uploaded file name; fields may follow the file', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const { payload, headers } = multipartBody({}, { navn: 'betalingsoppfordring.png', innhold: fixtureFile('betalingsoppfordring.png') });
  // Move the text fields after the file part.
  const boundary = headers['content-type']!.split('boundary=')[1]!;
  const tail = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\nbetalingsoppfordring\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="innsenderReferanse"\r\n\r\nR-1\r\n--${boundary}--\r\n`,
  );
  const body = Buffer.concat([payload.subarray(0, payload.length - `--${boundary}--\r\n`.length), tail]);
  const res = await app.inject({ method: 'POST', url: `${API}/vedlegg`, headers: { ...headers, ...auth(token) }, payload: body });
  t.equal(res.statusCode, 201, res.body);
  t.match(res.json(), { filnavn: 'betalingsoppfordring.png', type: 'betalingsoppfordring', innsenderReferanse: 'R-1' });
});

t.test("another organisation's attachment does not exist for the caller (404 KB-009)", async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const other = await tokenFor(app, OTHER_ORG);
  const { uuid } = (await lastOppVedlegg(app, token, FELT)).json();
  await app.clock.settle();
  const unknown = await app.inject({ method: 'GET', url: `${API}/vedlegg/00000000-0000-4000-8000-000000000000`, headers: auth(other) });
  for (const [method, url] of [
    ['GET', `${API}/vedlegg/${uuid}`],
    ['GET', `${API}/vedlegg/${uuid}/innhold`],
    ['DELETE', `${API}/vedlegg/${uuid}`],
  ] as const) {
    const res = await app.inject({ method, url, headers: auth(other) });
    t.equal(res.statusCode, 404, `${method} ${url}`);
    t.equal(res.json().kode, 'KB-009');
    t.equal(res.json().melding, unknown.json().melding.replace('00000000-0000-4000-8000-000000000000', uuid), 'same answer as an unknown uuid');
  }
  t.equal((await app.inject({ method: 'GET', url: `${API}/vedlegg/${uuid}`, headers: auth(token) })).json().status, 'konvertert', 'untouched');
  const anonymous = await app.inject({ method: 'GET', url: `${API}/vedlegg/${uuid}` });
  t.equal(anonymous.statusCode, 401);
});

t.test('missing fields, a wrong type, no file, an empty file: 400 KB-006, nothing stored', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const cases: Array<[string, Record<string, string | undefined>, Parameters<typeof lastOppVedlegg>[3], Array<[string, string]>]> = [
    ['no type', { innsenderReferanse: 'R' }, STANDARD_FIL, [['PAAKREVD_FELT_MANGLER', '/type']]],
    ['no innsenderReferanse', { type: 'fullmakt' }, STANDARD_FIL, [['PAAKREVD_FELT_MANGLER', '/innsenderReferanse']]],
    ['blank innsenderReferanse', { type: 'fullmakt', innsenderReferanse: '  ' }, STANDARD_FIL, [['PAAKREVD_FELT_MANGLER', '/innsenderReferanse']]],
    ['wrong type', { ...FELT, type: 'kvittering' }, STANDARD_FIL, [['UGYLDIG_KODEVERDI', '/type']]],
    ['ascii transporterklaering is not the code value', { ...FELT, type: 'transporterklaering' }, STANDARD_FIL, [['UGYLDIG_KODEVERDI', '/type']]],
    ['no file', FELT, null, [['PAAKREVD_FELT_MANGLER', '/fil']]],
    ['empty file', FELT, { navn: 'tom.pdf', innhold: '' }, [['UGYLDIG_FORMAT', '/fil']]],
    ['no file name anywhere', FELT, { innhold: 'tekst' }, [['PAAKREVD_FELT_MANGLER', '/filnavn']]],
    ['control characters in filnavn', { ...FELT, filnavn: 'a\u0001b.pdf' }, STANDARD_FIL, [['UGYLDIG_FORMAT', '/filnavn']]],
    ['everything missing', {}, null, [['PAAKREVD_FELT_MANGLER', '/fil'], ['PAAKREVD_FELT_MANGLER', '/type'], ['PAAKREVD_FELT_MANGLER', '/innsenderReferanse']]],
  ];
  for (const [name, felt, fil, expected] of cases) {
    const res = await lastOppVedlegg(app, token, felt, fil);
    t.equal(res.statusCode, 400, name);
    const body = res.json();
    t.match(body, { kode: 'KB-006', status: 400, korrelasjonsid: String, instance: `${API}/vedlegg` }, `${name}: error body`);
    t.same(body.kontrollutslag.map((k: { kode: string; sti: string }) => [k.kode, k.sti]), expected, `${name}: kontrollutslag`);
  }
  const fileInWrongPart = multipartBody(FELT, STANDARD_FIL, 'dokument');
  const res = await app.inject({ method: 'POST', url: `${API}/vedlegg`, headers: { ...fileInWrongPart.headers, ...auth(token) }, payload: fileInWrongPart.payload });
  t.equal(res.statusCode, 400, 'a file in another part than fil');
  t.same(stored(app), NOTHING);
});

t.test('not multipart: the error body with 415', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const json = await app.inject({ method: 'POST', url: `${API}/vedlegg`, headers: auth(token), payload: FELT });
  t.equal(json.statusCode, 415);
  t.equal(json.json().kode, 'SANDBOX-415');
  const text = await app.inject({ method: 'POST', url: `${API}/vedlegg`, headers: { ...auth(token), 'content-type': 'text/plain' }, payload: 'x' });
  t.equal(text.statusCode, 415);
  t.equal(text.json().kode, 'SANDBOX-415');
  const noBoundary = await app.inject({ method: 'POST', url: `${API}/vedlegg`, headers: { ...auth(token), 'content-type': 'multipart/form-data' }, payload: 'x' });
  t.equal(noBoundary.statusCode, 400, noBoundary.body);
  t.equal(noBoundary.json().kode, 'KB-006');
  t.same(stored(app), NOTHING);
});

t.test('larger than VEDLEGG_MAX_BYTES: 413 with the error body, no row, no file', async (t) => {
  const app = await testApp({ vedleggMaxBytes: 1000 });
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const big = fixtureFile('betalingsoppfordring.png');
  t.ok(big.length > 1000);
  const res = await lastOppVedlegg(app, token, FELT, { navn: 'stor.png', innhold: big });
  t.equal(res.statusCode, 413);
  t.match(res.json(), { kode: 'SANDBOX-413', status: 413, melding: /1000 byte/ });
  t.same(stored(app), NOTHING);
  const exact = await lastOppVedlegg(app, token, FELT, { navn: 'akkurat.txt', innhold: 'x'.repeat(1000) });
  t.equal(exact.statusCode, 201, 'exactly the limit is accepted');
});

t.test('a multipart body cut short: 400 with the error body, nothing stored', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const { payload, headers } = multipartBody(FELT, { navn: 'b.png', innhold: fixtureFile('betalingsoppfordring.png') });
  for (const cut of [Math.floor(payload.length / 2), payload.length - 10]) {
    const res = await app.inject({ method: 'POST', url: `${API}/vedlegg`, headers: { ...headers, ...auth(token) }, payload: payload.subarray(0, cut) });
    t.equal(res.statusCode, 400, `cut at ${cut} of ${payload.length}`);
    t.equal(res.json().kode, 'KB-006');
  }
  t.same(stored(app), NOTHING);
});

t.test('an upload aborted mid-stream over a real socket leaves no row and no file', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  const { payload, headers } = multipartBody(FELT, { navn: 'stort.png', innhold: fixtureFile('stort-bilde.png') });
  const socket = connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write(
    `POST ${API}/vedlegg HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${token}\r\n` +
      `Content-Type: ${headers['content-type']}\r\nContent-Length: ${payload.length}\r\n\r\n`,
  );
  socket.write(payload.subarray(0, payload.length - 5000));
  // The upload is streaming into a temporary file…
  await until(() => stored(app).tmp.length === 1);
  socket.destroy();
  // …and once the server has seen the abort, nothing remains.
  await until(() => stored(app).tmp.length === 0);
  t.same(stored(app), NOTHING);
  t.ok(existsSync(app.vedlegg.files.dir));
});

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 10));
  }
}

t.test(
  'GET /vedlegg/{uuid}/innhold with Accept: application/pdf',
  async (t) => {
    const app = await testApp();
    t.teardown(() => app.close());
    const token = await tokenFor(app, ORG);
    const { uuid } = (await lastOppVedlegg(app, token, FELT)).json();
    await app.clock.settle();
    const res = await app.inject({ method: 'GET', url: `${API}/vedlegg/${uuid}/innhold`, headers: { ...auth(token), accept: 'application/pdf' } });
    t.equal(res.statusCode, 200);
    t.equal(res.headers['content-type'], 'application/pdf');
  },
);
