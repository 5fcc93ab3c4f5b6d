/** The conversion module on its own: format detection and the text layout. */
import t from 'tap';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { convertToPdf, detectFormat, layoutLines } from '../../server/vedlegg/convert.js';
import { fixtureFile } from '../vedlegg-fixture.js';

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
  const result = await convertToPdf(Buffer.from('😀😀😀\n漢字'), new Date());
  t.equal(result.status, 'konvertert');
  if (result.status === 'konvertert') t.equal((await PDFDocument.load(result.pdf)).getPageCount(), 1);
  const empty = await convertToPdf(Buffer.from('\n'), new Date());
  t.equal(empty.status, 'konvertert', 'a blank text is one blank page');
});
