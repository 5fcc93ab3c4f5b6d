/**
 * The limits of attachment processing (docs/vedlegg-grenser.md), each against the attack it stops, through the API
 * and the real conversion worker: the file over the limit ends failed with the reason on GET /vedlegg/{uuid}, the
 * same file within a raised limit (or at the limit's edge) still converts. The full-size attacks against the default
 * limits, with /health and memory watched, are in test/reliability/vedlegg-gift.test.ts.
 */
import t, { type Test } from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../server/config.js';
import { API, testApp, tokenFor } from '../helpers.js';
import { fixtureFile, lastOppVedlegg } from '../vedlegg-fixture.js';
import * as gift from './giftige-filer.js';
import { auth, ORG } from './kit.js';

interface Utfall {
  status: string;
  feilaarsak?: string;
}

/** A test app with `grenser`, and a function that uploads one file and returns its outcome. */
async function med(t: Test, grenser: Partial<Config> = {}): Promise<{ app: FastifyInstance; utfall(navn: string, innhold: Buffer): Promise<Utfall> }> {
  const app = await testApp(grenser);
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  return {
    app,
    async utfall(navn, innhold) {
      const res = await lastOppVedlegg(app, token, { type: 'annet', innsenderReferanse: 'R-1' }, { navn, innhold });
      if (res.statusCode !== 201) throw new Error(res.body);
      const { uuid } = res.json() as { uuid: string };
      await app.clock.settle();
      const { status, feilaarsak } = (await app.inject({ method: 'GET', url: `${API}/vedlegg/${uuid}`, headers: auth(token) })).json() as Utfall;
      return feilaarsak === undefined ? { status } : { status, feilaarsak };
    },
  };
}

const KONVERTERT = { status: 'konvertert' };
const avvist = (feilaarsak: RegExp) => ({ status: 'kanIkkeKonverteres', feilaarsak });

t.test('VEDLEGG_MAKS_PIKSLER: an image is refused by the size it declares, before it is decoded', async (t) => {
  const { utfall } = await med(t);
  t.match(await utfall('bombe.png', gift.pngBombe()), avvist(/^bildet er 8000×8000 piksler, over grensen på 50000000 piksler \(VEDLEGG_MAKS_PIKSLER\)$/), 'the ~110-byte 8000×8000 PNG');
  t.match(await utfall('to.png', gift.pngMedToIhdr()), avvist(/8000×8000 piksler/), 'a second IHDR (the decoder takes the last)');
  t.match(await utfall('bombe.jpg', gift.jpeg()), avvist(/65535×65535 piksler/), 'a JPEG header declaring 65535×65535');
  t.match(await utfall('animert.png', gift.apng()), avvist(/^animert PNG støttes ikke$/), 'an APNG (every frame would be decoded)');

  // The fixtures are 120×80 (PNG) and 160×96 (JPEG): the limit is on width × height, inclusive.
  const kant = await med(t, { vedleggMaksPiksler: 120 * 80 });
  t.same(await kant.utfall('b.png', fixtureFile('betalingsoppfordring.png')), KONVERTERT, 'a PNG of exactly the limit');
  t.match(await kant.utfall('t.jpg', fixtureFile('tvangsgrunnlag.jpg')), avvist(/160×96 piksler, over grensen på 9600/), 'a JPEG one pixel row over it');
  const under = await med(t, { vedleggMaksPiksler: 120 * 80 - 1 });
  t.match(await under.utfall('b.png', fixtureFile('betalingsoppfordring.png')), avvist(/120×80 piksler/), 'the PNG one pixel over');
});

t.test('VEDLEGG_MAKS_TEKST_BYTES: a text file over the limit is refused before it is laid out', async (t) => {
  const tekst = fixtureFile('betalingsoppfordring.txt');
  const { utfall } = await med(t, { vedleggMaksTekstBytes: tekst.length });
  t.same(await utfall('a.txt', tekst), KONVERTERT, 'a text of exactly the limit');
  const over = Buffer.concat([tekst, Buffer.from('x')]);
  t.match(await utfall('b.txt', over), avvist(new RegExp(`^teksten er ${over.length} byte, over grensen på ${tekst.length} byte \\(VEDLEGG_MAKS_TEKST_BYTES\\)$`)));
  const standard = await med(t);
  t.match(await standard.utfall('stor.txt', gift.tekst(2 ** 20 + 1)), avvist(/over grensen på 1048576 byte/), 'the default: 1 MiB');
});

t.test('VEDLEGG_MAKS_SIDER: a text or PDF with more pages than the limit is refused before they are drawn', async (t) => {
  const { utfall } = await med(t, { vedleggMaksSider: 3 });
  // 57 lines to an A4 page; n line breaks make n + 1 lines.
  t.same(await utfall('tre.txt', Buffer.from('linje\n'.repeat(3 * 57 - 1))), KONVERTERT, 'a text of 3 pages');
  t.match(await utfall('fire.txt', Buffer.from('linje\n'.repeat(3 * 57))), avvist(/^teksten blir 4 sider, over grensen på 3 sider \(VEDLEGG_MAKS_SIDER\)$/));
  t.same(await utfall('tre.pdf', gift.pdfMedSider(3)), KONVERTERT, 'a PDF of 3 pages');
  t.match(await utfall('fire.pdf', gift.pdfMedSider(4)), avvist(/^PDF-en har flere enn 3 sider \(VEDLEGG_MAKS_SIDER\)$/));
  const standard = await med(t);
  t.match(await standard.utfall('linjer.txt', gift.tommeLinjer(2 ** 20)), avvist(/^teksten blir 18397 sider, over grensen på 5000 sider/), '1 MiB of line breaks');
  // pdf-lib's own count would walk all 2^40 leaves; this one walks the 40 nodes.
  t.match(await standard.utfall('tre.pdf', gift.pdfSidetre(40)), avvist(/flere enn 5000 sider/), 'a page tree of 2^40 pages in 2 kB');
});

t.test('VEDLEGG_MAKS_PDF_OBJEKTER: a PDF is refused at the object over the limit, an object stream by what it declares', async (t) => {
  const bombe = gift.pdfObjektbombe(1000); // 3 objects of its own, 1000 in the object stream
  const sider = gift.pdfMedSider(1000); // 1002 objects, none in an object stream
  const { utfall } = await med(t, { vedleggMaksPdfObjekter: 1003 });
  t.same(await utfall('a.pdf', bombe), KONVERTERT, 'exactly the limit');
  t.same(await utfall('b.pdf', sider), KONVERTERT);
  const under = await med(t, { vedleggMaksPdfObjekter: 1001 });
  t.match(await under.utfall('a.pdf', bombe), avvist(/^PDF-en har flere enn 1001 objekter \(VEDLEGG_MAKS_PDF_OBJEKTER\)$/), 'an object stream');
  t.match(await under.utfall('b.pdf', sider), avvist(/^PDF-en har flere enn 1001 objekter/), 'objects one by one');
  // pdf-lib would parse the offsets of all it declares before the first object.
  t.match(await under.utfall('c.pdf', gift.pdfObjektbombe(1, 1_000_000)), avvist(/flere enn 1001 objekter/), 'one object, 1 000 000 declared');
});

t.test('VEDLEGG_MAKS_DEKOMPRIMERT_BYTES: inflating stops at the limit, counted over all streams of a PDF', async (t) => {
  const MiB = 2 ** 20;
  const { utfall } = await med(t, { vedleggMaksDekomprimertBytes: 4 * MiB });
  t.same(await utfall('en.pdf', gift.pdfKomprimeringsbombe(1)), KONVERTERT, 'one stream of 1 MiB (a valid PDF)');
  t.match(await utfall('fem.pdf', gift.pdfKomprimeringsbombe(1, 5)), avvist(/^PDF-en pakker ut til mer enn 4194304 byte \(VEDLEGG_MAKS_DEKOMPRIMERT_BYTES\)$/), 'five streams of 1 MiB');
  t.match(await utfall('stor.pdf', gift.pdfKomprimeringsbombe(32)), avvist(/mer enn 4194304 byte/), 'one stream of 32 MiB');
});

t.test('VEDLEGG_KONVERTERING_MS: a conversion past the time limit is stopped; the next file gets a new worker', async (t) => {
  const { utfall } = await med(t, { vedleggKonverteringMs: 500 });
  const start = performance.now();
  t.same(await utfall('ord.txt', gift.langtOrd(2 ** 20)), { status: 'konverteringFeilet', feilaarsak: 'konverteringen tok mer enn 500 ms og ble stoppet (VEDLEGG_KONVERTERING_MS)' });
  t.ok(performance.now() - start < 10_000, 'stopped, not run to its end (~30 s)');
  t.same(await utfall('b.png', fixtureFile('betalingsoppfordring.png')), KONVERTERT);
});

t.test('VEDLEGG_KONVERTERING_MINNE_MB: a conversion past the memory limit is stopped; the next file gets a new worker', async (t) => {
  const { utfall } = await med(t, { vedleggKonverteringMinneMb: 32 });
  t.same(await utfall('minne.pdf', gift.pdfMinnebombe(1_000_000)), {
    status: 'konverteringFeilet',
    feilaarsak: 'konverteringen brukte mer enn 32 MB minne og ble stoppet (VEDLEGG_KONVERTERING_MINNE_MB)',
  });
  t.same(await utfall('b.png', fixtureFile('betalingsoppfordring.png')), KONVERTERT);
});

t.test('VEDLEGG_MAKS_FORSOEK: a step started that often without finishing ends failed instead of running again', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vedlegg-forsoek-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const app = await testApp({ dbPath: join(dir, 'sandbox.db'), vedleggMaksForsoek: 3 });
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const last = async (navn: string) => {
    const res = await lastOppVedlegg(app, token, { type: 'annet', innsenderReferanse: 'R-1' }, { navn, innhold: fixtureFile('betalingsoppfordring.png') });
    return (res.json() as { uuid: string }).uuid;
  };
  const les = async (uuid: string) => (await app.inject({ method: 'GET', url: `${API}/vedlegg/${uuid}`, headers: auth(token) })).json() as Utfall;
  const forsoek = (uuid: string) => app.db.prepare('SELECT forsoek FROM vedlegg WHERE uuid = ?').pluck().get(uuid);
  // As if the process had died during the virus check (two or three times), or during the conversion (three times).
  app.clock.hold();
  const to = await last('to.png');
  const tre = await last('tre.png');
  const konvertering = await last('konvertering.png');
  const sett = app.db.prepare('UPDATE vedlegg SET forsoek = ?, status = ? WHERE uuid = ?');
  sett.run(2, 'mottatt', to);
  sett.run(3, 'mottatt', tre);
  sett.run(3, 'validert', konvertering);
  app.db.prepare('DELETE FROM planlagt_jobb').run();
  app.clock.schedule(ORG, 'vedlegg.virussjekk', 0, { uuid: to });
  app.clock.schedule(ORG, 'vedlegg.virussjekk', 0, { uuid: tre });
  app.clock.schedule(ORG, 'vedlegg.konverter', 0, { uuid: konvertering });
  app.clock.release();
  await app.clock.settle();
  const etterTo = await les(to);
  t.equal(etterTo.status, 'konvertert', 'the third start runs (and every later step counts afresh)');
  t.equal(etterTo.feilaarsak, undefined, 'no reason without a failure');
  t.equal(forsoek(to), 0);
  t.match(await les(tre), { status: 'valideringFeilet', feilaarsak: 'behandlingen ble avbrutt 3 ganger uten å bli ferdig og prøves ikke igjen (VEDLEGG_MAKS_FORSOEK)' });
  t.match(await les(konvertering), { status: 'konverteringFeilet', feilaarsak: /avbrutt 3 ganger/ }, 'the conversion step alike');
});

t.test('a shutdown during a conversion ends it at once, and the next start converts the file again', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vedlegg-stopp-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const dbPath = join(dir, 'sandbox.db');
  const first = await testApp({ dbPath, vedleggKonverteringMs: 600_000 });
  const token = await tokenFor(first, ORG);
  const res = await lastOppVedlegg(first, token, { type: 'annet', innsenderReferanse: 'R-1' }, { navn: 'ord.txt', innhold: gift.langtOrd(2 ** 20) });
  const { uuid } = res.json() as { uuid: string };
  // The conversion has started once its attempt is counted.
  const rad = first.db.prepare('SELECT status, forsoek FROM vedlegg WHERE uuid = ?');
  const konverterer = () => {
    const { status, forsoek } = rad.get(uuid) as { status: string; forsoek: number };
    return status === 'validert' && forsoek > 0;
  };
  while (!konverterer()) await new Promise((r) => setTimeout(r, 20));
  const start = performance.now();
  await first.close();
  t.ok(performance.now() - start < 5000, `closed in ${Math.round(performance.now() - start)} ms, not after the conversion (~30 s)`);

  const second = await testApp({ dbPath, vedleggKonverteringMs: 300 });
  t.teardown(() => second.close());
  await second.clock.settle();
  const svar = (await second.inject({ method: 'GET', url: `${API}/vedlegg/${uuid}`, headers: auth(token) })).json() as Utfall;
  t.match(svar, { status: 'konverteringFeilet', feilaarsak: /tok mer enn 300 ms/ }, 'the step was not lost: it ran again (into the new time limit)');
});
