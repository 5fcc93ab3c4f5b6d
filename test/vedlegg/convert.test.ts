/** The conversion module on its own: format detection, the text layout, and the output for the sample files. */
import t from 'tap';
import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { loadConfig } from '../../server/config.js';
import { convertToPdf, detectFormat, layoutLines } from '../../server/vedlegg/convert.js';
import { grenserFra } from '../../server/vedlegg/grenser.js';
import { fixtureFile } from '../vedlegg-fixture.js';

const GRENSER = grenserFra(loadConfig({}));
const NAA = new Date(0);

t.test('detectFormat reads the content, not the name', async (t) => {
  t.equal(detectFormat(fixtureFile('tvangsgrunnlag.pdf')), 'pdf');
  t.equal(detectFormat(fixtureFile('oedelagt.pdf')), 'pdf');
  t.equal(detectFormat(fixtureFile('betalingsoppfordring.png')), 'png');
  t.equal(detectFormat(fixtureFile('tvangsgrunnlag.jpg')), 'jpeg');
  t.equal(detectFormat(fixtureFile('betalingsoppfordring.txt')), 'tekst');
  t.equal(detectFormat(fixtureFile('fullmakt.docx')), 'ukjent');
  t.equal(detectFormat(Buffer.from('tekst\u0000med NUL')), 'ukjent');
  t.equal(detectFormat(Buffer.from([0xc3, 0x28])), 'ukjent', 'invalid UTF-8');
});

t.test('text layout: wraps at spaces within the width, splits long words, replaces what WinAnsi lacks', async (t) => {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const width = 200;
  const lines = layoutLines(`${'ord '.repeat(60)}\n${'x'.repeat(200)}\r\n\nÆrlig øl på åkeren → 漢 😀\tslutt`, font, width);
  t.ok(lines.every((l) => font.widthOfTextAtSize(l, 10) <= width), 'every line fits');
  t.ok(lines.length > 6, 'wrapped');
  t.ok(lines.includes(''), 'an empty line is kept');
  t.equal(lines.at(-1), 'Ærlig øl på åkeren ? ? ?    slutt', 'æøå kept, others replaced, tab expanded');
  t.equal(lines.filter((l) => /^x+$/.test(l)).join(''), 'x'.repeat(200), 'a long word is split, nothing lost');
});

t.test('text that is only unencodable characters still converts', async (t) => {
  const result = await convertToPdf(Buffer.from('😀😀😀\n漢字'), GRENSER, NAA);
  t.equal(result.status, 'konvertert');
  if (result.status === 'konvertert') t.equal((await PDFDocument.load(result.pdf)).getPageCount(), 1);
  const empty = await convertToPdf(Buffer.from('\n'), GRENSER, NAA);
  t.equal(empty.status, 'konvertert', 'a blank text is one blank page');
});

t.test('the sample files convert to the same PDFs as before the limits (metadata dates aside)', async (t) => {
  // Hashes of the conversions made by the sandbox before issue 21, dated 1970 and saved flat.
  const FOER: Record<string, string> = {
    'betalingsoppfordring.png': 'a0c209c13ce01e5a796aef517bcc17d407e050110003cf1aaf7485fabe2bb45a',
    'stort-bilde.png': '7f15bd72d3bddb3963e35b1a8b84e4764fbf1617cb8601001234335b03bd1be8',
    'tvangsgrunnlag.jpg': 'da358489fc8eb97ec6e53871dcc37aff986023aac4e0fa418108b7971de01608',
    'betalingsoppfordring.txt': '1d47bfb07f04ca86d542d7bee1c6d6eefb84fde72a444fd55188fb15c7ba6b46',
  };
  for (const [navn, hash] of Object.entries(FOER)) {
    const result = await convertToPdf(fixtureFile(navn), GRENSER, NAA);
    if (result.status !== 'konvertert') throw new Error(`${navn}: ${result.status}`);
    const doc = await PDFDocument.load(result.pdf, { updateMetadata: false });
    t.equal(createHash('sha256').update(await doc.save({ useObjectStreams: false })).digest('hex'), hash, navn);
  }
  const pdf = fixtureFile('tvangsgrunnlag.pdf');
  t.same(await convertToPdf(pdf, GRENSER, NAA), { status: 'konvertert', pdf }, 'a PDF passes through as it is');
});
