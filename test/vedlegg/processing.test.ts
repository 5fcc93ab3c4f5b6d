/** Background processing on the sandbox clock: each state, each content trigger, the real conversion, restarts. */
import t from 'tap';
import { existsSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { PDFDocument } from 'pdf-lib';
import { EICAR } from '../../server/vedlegg/convert.js';
import { API, testApp, tokenFor } from '../helpers.js';
import { fixtureFile, lastOppVedlegg, type Fil } from '../vedlegg-fixture.js';
import { auth, ORG, statusOf, stored } from './kit.js';

const FELT = { type: 'annet', innsenderReferanse: 'R-1' };
const STEG = 60_000;

async function upload(app: FastifyInstance, token: string, fil: Fil, felt: Record<string, string> = {}): Promise<string> {
  const res = await lastOppVedlegg(app, token, { ...FELT, ...felt }, fil);
  if (res.statusCode !== 201) throw new Error(res.body);
  return (res.json() as { uuid: string }).uuid;
}

async function pdfOf(app: FastifyInstance, token: string, uuid: string): Promise<{ bytes: Buffer; doc: PDFDocument }> {
  const res = await app.inject({ method: 'GET', url: `${API}/vedlegg/${uuid}/innhold`, headers: auth(token) });
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return { bytes: res.rawPayload, doc: await PDFDocument.load(res.rawPayload) };
}

function vedleggEvents(app: FastifyInstance, uuid: string): Array<{ type: string; data: { status: string } }> {
  return app.hendelser.hent(ORG, 1, 1000).hendelser.filter((h) => h.vedleggUuid === uuid) as never;
}

t.test('mottatt → virussjekket → validert → konvertert, one step per VEDLEGG_STEG_MS of sandbox time', async (t) => {
  const app = await testApp({ vedleggStegMs: STEG });
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const uuid = await upload(app, token, { navn: 'b.png', innhold: fixtureFile('betalingsoppfordring.png') });
  await app.clock.settle();
  t.equal(await statusOf(app, token, uuid), 'mottatt');
  await app.clock.advance(ORG, STEG - 1000);
  t.equal(await statusOf(app, token, uuid), 'mottatt', 'not before the step is due');
  for (const expected of ['virussjekket', 'validert', 'konvertert']) {
    await app.clock.advance(ORG, STEG);
    t.equal(await statusOf(app, token, uuid), expected);
  }
  const events = vedleggEvents(app, uuid);
  t.same(events.map((e) => [e.type, e.data.status]), [['vedleggStatusEndret', 'konvertert']], 'one event, at the outcome');
});

t.test('EICAR stops at the virus check; TEKNISK_FEIL at validation', async (t) => {
  const app = await testApp({ vedleggStegMs: STEG });
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const virus = await upload(app, token, { navn: 'eicar.txt', innhold: fixtureFile('eicar.txt') });
  const teknisk = await upload(app, token, { navn: 'x.pdf', innhold: fixtureFile('tvangsgrunnlag.pdf') }, { filnavn: 'dokument-TEKNISK_FEIL.pdf' });
  await app.clock.advance(ORG, STEG);
  t.equal(await statusOf(app, token, virus), 'inneholderVirus');
  t.equal(await statusOf(app, token, teknisk), 'virussjekket');
  await app.clock.advance(ORG, STEG);
  t.equal(await statusOf(app, token, teknisk), 'valideringFeilet');
  await app.clock.advance(ORG, 10 * STEG);
  t.equal(await statusOf(app, token, virus), 'inneholderVirus', 'outcomes are final');
  t.equal(await statusOf(app, token, teknisk), 'valideringFeilet');
  t.same(vedleggEvents(app, virus).map((e) => e.data.status), ['inneholderVirus']);
  t.same(vedleggEvents(app, teknisk).map((e) => e.data.status), ['valideringFeilet']);
});

t.test('outcomes decided by the content', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const noise = Buffer.alloc(200_000, 0x41);
  // EICAR across the 64 KiB boundary of the file stream's chunks, inside a file that is otherwise text.
  const straddling = Buffer.concat([noise.subarray(0, 65_536 - 20), Buffer.from(EICAR), noise]);
  const cases: Array<[string, Fil, string]> = [
    ['PDF', { navn: 'a.pdf', innhold: fixtureFile('tvangsgrunnlag.pdf') }, 'konvertert'],
    ['PNG', { navn: 'a.png', innhold: fixtureFile('betalingsoppfordring.png') }, 'konvertert'],
    ['JPEG', { navn: 'a.jpg', innhold: fixtureFile('tvangsgrunnlag.jpg') }, 'konvertert'],
    ['text', { navn: 'a.txt', innhold: fixtureFile('betalingsoppfordring.txt') }, 'konvertert'],
    ['EICAR file', { navn: 'eicar.com', innhold: fixtureFile('eicar.txt') }, 'inneholderVirus'],
    ['EICAR inside a PDF', { navn: 'v.pdf', innhold: Buffer.concat([fixtureFile('tvangsgrunnlag.pdf'), Buffer.from(EICAR)]) }, 'inneholderVirus'],
    ['EICAR across a chunk boundary', { navn: 'v.txt', innhold: straddling }, 'inneholderVirus'],
    ['broken PDF', { navn: 'b.pdf', innhold: fixtureFile('oedelagt.pdf') }, 'kanIkkeKonverteres'],
    ['docx (zip)', { navn: 'f.docx', innhold: fixtureFile('fullmakt.docx') }, 'kanIkkeKonverteres'],
    ['binary with NUL bytes', { navn: 'x.bin', innhold: Buffer.from([1, 2, 0, 3, 4]) }, 'kanIkkeKonverteres'],
    ['Latin-1 text (not UTF-8)', { navn: 'l.txt', innhold: Buffer.from('Blåbær', 'latin1') }, 'kanIkkeKonverteres'],
    ['PNG signature, broken image', { navn: 'c.png', innhold: Buffer.concat([fixtureFile('betalingsoppfordring.png').subarray(0, 8), Buffer.from('not an image')]) }, 'konverteringFeilet'],
    ['JPEG signature, broken image', { navn: 'c.jpg', innhold: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 1, 2]) }, 'konverteringFeilet'],
  ];
  const uuids = [];
  for (const [, fil] of cases) uuids.push(await upload(app, token, fil));
  await app.clock.settle();
  for (const [i, [name, , expected]] of cases.entries()) {
    t.equal(await statusOf(app, token, uuids[i]!), expected, name);
    t.same(vedleggEvents(app, uuids[i]!).map((e) => e.data.status), [expected], `${name}: one event`);
  }
  t.equal(stored(app).pdf.length, 4, 'a PDF only for the converted ones');
});

t.test('the conversions are real PDFs', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const pdf = await upload(app, token, { navn: 'a.pdf', innhold: fixtureFile('tvangsgrunnlag.pdf') });
  const png = await upload(app, token, { navn: 'a.png', innhold: fixtureFile('betalingsoppfordring.png') });
  const jpg = await upload(app, token, { navn: 'a.jpg', innhold: fixtureFile('tvangsgrunnlag.jpg') });
  const huge = await upload(app, token, { navn: 'stor.png', innhold: fixtureFile('stort-bilde.png') });
  const txt = await upload(app, token, { navn: 'a.txt', innhold: fixtureFile('betalingsoppfordring.txt') });
  const long = await upload(app, token, { navn: 'lang.txt', innhold: Array.from({ length: 300 }, (_, i) => `Linje ${i + 1}: ærlig øl på åkeren`).join('\n') });
  await app.clock.settle();

  t.same((await pdfOf(app, token, pdf)).bytes, fixtureFile('tvangsgrunnlag.pdf'), 'a PDF passes through unchanged');
  const size = async (uuid: string) => (await pdfOf(app, token, uuid)).doc.getPage(0).getSize();
  t.same(await size(png), { width: 120, height: 80 }, 'PNG: page sized to the image');
  t.same(await size(jpg), { width: 160, height: 96 }, 'JPEG: page sized to the image');
  const big = await size(huge);
  t.ok(big.width <= 595.28 && big.height <= 841.89, 'a huge image is scaled to fit A4');
  t.equal(Math.round(big.height), 842);
  t.equal(Math.round((big.width / big.height) * 1000), Math.round((1600 / 2600) * 1000), 'aspect ratio kept');
  const text = (await pdfOf(app, token, txt)).doc;
  t.equal(text.getPageCount(), 1);
  t.same(text.getPage(0).getSize(), { width: 595.28, height: 841.89 }, 'text: A4');
  t.ok((await pdfOf(app, token, long)).doc.getPageCount() >= 5, '300 lines need several pages');
  const res = await app.inject({ method: 'GET', url: `${API}/vedlegg/${png}/innhold`, headers: auth(token) });
  t.match(res.headers['content-disposition'], /filename="a\.pdf"/);
});

t.test('jobs are idempotent: a duplicate job, a delete during processing', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  app.clock.hold();
  const twice = await upload(app, token, { navn: 'a.png', innhold: fixtureFile('betalingsoppfordring.png') });
  for (const job of ['vedlegg.virussjekk', 'vedlegg.valider', 'vedlegg.konverter']) app.clock.schedule(ORG, job, 0, { uuid: twice });
  const deleted = await upload(app, token, { navn: 'b.png', innhold: fixtureFile('betalingsoppfordring.png') });
  t.equal((await app.inject({ method: 'DELETE', url: `${API}/vedlegg/${deleted}`, headers: auth(token) })).statusCode, 204);
  app.clock.release();
  await app.clock.settle();
  t.equal(await statusOf(app, token, twice), 'konvertert');
  t.same(vedleggEvents(app, twice).map((e) => e.data.status), ['konvertert'], 'one outcome, one event');
  t.equal(await statusOf(app, token, deleted), 'slettet', 'a deleted attachment stays deleted');
  t.same(vedleggEvents(app, deleted), []);
  t.same(stored(app).original, [twice]);
  t.equal(app.db.prepare("SELECT count(*) FROM planlagt_jobb WHERE type LIKE 'vedlegg.%'").pluck().get(), 0);
});

t.test('a row whose file is missing (crash between commit and rename) ends in valideringFeilet', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  app.clock.hold();
  const uuid = await upload(app, token, { navn: 'a.pdf', innhold: fixtureFile('tvangsgrunnlag.pdf') });
  unlinkSync(app.vedlegg.files.originalPath(uuid));
  app.clock.release();
  await app.clock.settle();
  t.equal(await statusOf(app, token, uuid), 'valideringFeilet');
});

t.test('processing resumes after a restart on the same database file', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vedlegg-restart-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const dbPath = join(dir, 'sandbox.db');
  const first = await testApp({ dbPath });
  const token = await tokenFor(first, ORG);
  first.clock.hold();
  const pending = await upload(first, token, { navn: 'a.jpg', innhold: fixtureFile('tvangsgrunnlag.jpg') });
  const unscheduled = await upload(first, token, { navn: 'b.txt', innhold: 'hei' });
  // As if the process died after acknowledging `unscheduled` but before its first job was written.
  first.db.prepare('DELETE FROM planlagt_jobb WHERE data LIKE ?').run(`%${unscheduled}%`);
  t.equal(await statusOf(first, token, pending), 'mottatt');
  t.ok(existsSync(join(`${dbPath}-vedlegg`, 'original', pending)), 'files live beside the database');
  await first.close();

  const second = await testApp({ dbPath });
  t.teardown(() => second.close());
  await second.clock.settle();
  t.equal(await statusOf(second, token, pending), 'konvertert');
  t.equal(await statusOf(second, token, unscheduled), 'konvertert', 'an upload whose job was lost is resumed');
  t.ok((await pdfOf(second, token, pending)).doc.getPageCount() >= 1);
});

t.test("an in-memory database's attachment folder is temporary", async (t) => {
  const app = await testApp();
  const dir = app.vedlegg.files.dir;
  t.ok(existsSync(dir));
  const other = await testApp();
  t.not(other.vedlegg.files.dir, dir, 'one folder per app instance');
  await other.close();
  await app.close();
  t.notOk(existsSync(dir), 'removed on close');
});
