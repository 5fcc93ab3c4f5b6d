/**
 * Content checks and PDF conversion with pdf-lib (modelled; Skatteetaten documents only that attachments are
 * virus-checked, validated and converted to PDF). Runs in the conversion worker (konvertering-traad.ts). Outcomes
 * are decided by the content, deterministically (the virus check: virussjekk.ts):
 * - PDF (`%PDF-` magic) that pdf-lib loads with ≥ 1 page → passed through unchanged; one it cannot → kanIkkeKonverteres;
 * - PNG, JPEG → one page sized to the image (scaled down to fit A4 when larger); one pdf-lib cannot decode →
 *   konverteringFeilet;
 * - plain text (valid UTF-8 without NUL bytes) → A4 pages in Helvetica; characters WinAnsi lacks become '?';
 * - anything else, and anything over a limit (grenser.ts) → kanIkkeKonverteres.
 */
import { isUtf8 } from 'node:buffer';
import { PDFDocument, StandardFonts, type PDFFont, type PDFImage } from 'pdf-lib';
import { pngStorrelse } from './bildestorrelse.js';
import { OverGrensen, type Konverteringsgrenser } from './grenser.js';
import { lesSider } from './pdf-grenser.js';

export type Format = 'pdf' | 'png' | 'jpeg' | 'tekst' | 'ukjent';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function detectFormat(bytes: Buffer): Format {
  if (bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) return 'pdf';
  if (bytes.subarray(0, PNG_MAGIC.length).equals(PNG_MAGIC)) return 'png';
  if (bytes.subarray(0, JPEG_MAGIC.length).equals(JPEG_MAGIC)) return 'jpeg';
  // Validated without decoding: the text is decoded once, after its size limit (textPdf).
  if (!bytes.includes(0) && isUtf8(bytes)) return 'tekst';
  return 'ukjent';
}

export type Conversion =
  | { status: 'konvertert'; pdf: Uint8Array }
  | { status: 'kanIkkeKonverteres' | 'konverteringFeilet'; feilaarsak: string };

/** `naa` (the organisation's sandbox time) dates a PDF made here: the same upload makes the same bytes. */
export async function convertToPdf(bytes: Uint8Array, grenser: Konverteringsgrenser, naa: Date): Promise<Conversion> {
  try {
    return await convert(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), grenser, naa);
  } catch (err) {
    if (err instanceof OverGrensen) return { status: 'kanIkkeKonverteres', feilaarsak: err.message };
    throw err;
  }
}

async function convert(bytes: Buffer, grenser: Konverteringsgrenser, naa: Date): Promise<Conversion> {
  const format = detectFormat(bytes);
  switch (format) {
    case 'pdf':
      return passThrough(bytes, grenser);
    case 'png':
    case 'jpeg':
      return imagePdf(bytes, format, grenser, naa);
    case 'tekst':
      return { status: 'konvertert', pdf: await textPdf(bytes, grenser, naa) };
    case 'ukjent':
      return { status: 'kanIkkeKonverteres', feilaarsak: 'filformatet støttes ikke (PDF, PNG, JPEG eller ren tekst)' };
  }
}

async function passThrough(bytes: Buffer, grenser: Konverteringsgrenser): Promise<Conversion> {
  const sider = await lesSider(bytes, grenser);
  if (sider === undefined) return { status: 'kanIkkeKonverteres', feilaarsak: 'PDF-en kan ikke leses' };
  if (sider < 1) return { status: 'kanIkkeKonverteres', feilaarsak: 'PDF-en har ingen sider' };
  return { status: 'konvertert', pdf: bytes };
}

const A4 = { width: 595.28, height: 841.89 };

async function nyPdf(naa: Date): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(naa);
  doc.setModificationDate(naa);
  return doc;
}

async function imagePdf(bytes: Buffer, format: 'png' | 'jpeg', grenser: Konverteringsgrenser, naa: Date): Promise<Conversion> {
  // A PNG is decoded as it is embedded: its declared size is checked first. A JPEG is embedded as it is (pdf-lib
  // reads only its header), and its size is checked before anything is written.
  if (format === 'png') sjekkPng(bytes, grenser);
  const doc = await nyPdf(naa);
  let image: PDFImage;
  try {
    // pdf-lib reads a JPEG through `bytes.buffer` from offset 0: it gets a buffer of its own.
    image = format === 'png' ? await doc.embedPng(bytes) : await doc.embedJpg(new Uint8Array(bytes));
  } catch {
    return { status: 'konverteringFeilet', feilaarsak: 'bildet kan ikke leses' };
  }
  if (format === 'jpeg') sjekkPiksler(image.width, image.height, grenser);
  // Fit A4 in the image's own orientation; small images keep their size (1 px = 1 pt).
  const [maxW, maxH] = image.width > image.height ? [A4.height, A4.width] : [A4.width, A4.height];
  const scale = Math.min(1, maxW / image.width, maxH / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  doc.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
  return { status: 'konvertert', pdf: await doc.save() };
}

function sjekkPng(bytes: Buffer, grenser: Konverteringsgrenser): void {
  const storrelse = pngStorrelse(bytes);
  if (storrelse?.animert) throw new OverGrensen('animert PNG støttes ikke');
  if (storrelse) sjekkPiksler(storrelse.bredde, storrelse.hoeyde, grenser);
}

function sjekkPiksler(bredde: number, hoeyde: number, { maksPiksler }: Konverteringsgrenser): void {
  if (bredde * hoeyde > maksPiksler) {
    throw new OverGrensen(`bildet er ${bredde}×${hoeyde} piksler, over grensen på ${maksPiksler} piksler (VEDLEGG_MAKS_PIKSLER)`);
  }
}

const MARGIN = 50;
const FONT_SIZE = 10;
const LEADING = 13;

async function textPdf(bytes: Buffer, { maksTekstBytes, maksSider }: Konverteringsgrenser, naa: Date): Promise<Uint8Array> {
  if (bytes.length > maksTekstBytes) {
    throw new OverGrensen(`teksten er ${bytes.length} byte, over grensen på ${maksTekstBytes} byte (VEDLEGG_MAKS_TEKST_BYTES)`);
  }
  const doc = await nyPdf(naa);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = layoutLines(utf8.decode(bytes), font, A4.width - 2 * MARGIN);
  const perPage = Math.max(1, Math.floor((A4.height - 2 * MARGIN) / LEADING));
  const sider = Math.ceil(lines.length / perPage);
  if (sider > maksSider) throw new OverGrensen(`teksten blir ${sider} sider, over grensen på ${maksSider} sider (VEDLEGG_MAKS_SIDER)`);
  for (let first = 0; first < Math.max(lines.length, 1); first += perPage) {
    const page = doc.addPage([A4.width, A4.height]);
    lines.slice(first, first + perPage).forEach((line, i) => {
      if (line) page.drawText(line, { x: MARGIN, y: A4.height - MARGIN - FONT_SIZE - i * LEADING, size: FONT_SIZE, font });
    });
  }
  return doc.save();
}

/** Splits text into lines that fit `maxWidth`, wrapping at spaces (and inside words longer than a line). */
export function layoutLines(text: string, font: PDFFont, maxWidth: number): string[] {
  const encodable = new Set(font.getCharacterSet());
  const width = (s: string) => font.widthOfTextAtSize(s, FONT_SIZE);
  const out: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    for (const word of winAnsi(raw.replace(/\t/g, '    '), encodable).split(/(?<= )/)) {
      if (width(line + word) <= maxWidth) {
        line += word;
        continue;
      }
      if (line) out.push(line.trimEnd());
      line = '';
      for (const ch of word) {
        if (line && width(line + ch) > maxWidth) {
          out.push(line);
          line = '';
        }
        line += ch;
      }
    }
    out.push(line.trimEnd());
  }
  return out;
}

/** Replaces what Helvetica's WinAnsi encoding cannot carry: control characters vanish, other characters become '?'. */
function winAnsi(s: string, encodable: Set<number>): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (encodable.has(cp)) out += ch;
    else if (cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0)) out += '?';
  }
  return out;
}
