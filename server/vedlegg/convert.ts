/**
 * Content checks and PDF conversion with pdf-lib (modelled; Skatteetaten documents only that attachments are
 * virus-checked, validated and converted to PDF). Outcomes are decided by the content, deterministically:
 * - the EICAR test string anywhere → inneholderVirus (virus check);
 * - PDF (`%PDF-` magic) that pdf-lib loads with ≥ 1 page → passed through unchanged; one it cannot → kanIkkeKonverteres;
 * - PNG, JPEG → one page sized to the image (scaled down to fit A4 when larger);
 * - plain text (valid UTF-8 without NUL bytes) → A4 pages in Helvetica; characters WinAnsi lacks become '?';
 * - anything else → kanIkkeKonverteres.
 * An image pdf-lib cannot decode throws, which the caller records as konverteringFeilet.
 */
import { createReadStream } from 'node:fs';
import type { PDFDocument, PDFFont } from 'pdf-lib';

// Loaded on the first conversion: the library costs start-up time and ~9 MB that a server without uploads never needs.
let pdfLib: Promise<typeof import('pdf-lib')> | undefined;
const loadPdfLib = () => (pdfLib ??= import('pdf-lib'));

export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';
const EICAR_BYTES = Buffer.from(EICAR, 'latin1');

/** True when the file contains the EICAR test string; streamed, so the file's size does not matter. */
export async function containsEicar(path: string): Promise<boolean> {
  let tail = Buffer.alloc(0);
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    const window = Buffer.concat([tail, chunk]);
    if (window.includes(EICAR_BYTES)) return true;
    // Keep enough of the end to find a match that straddles two chunks.
    tail = window.subarray(Math.max(0, window.length - EICAR_BYTES.length + 1));
  }
  return false;
}

export type Format = 'pdf' | 'png' | 'jpeg' | 'tekst' | 'ukjent';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function detectFormat(bytes: Buffer): Format {
  if (bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) return 'pdf';
  if (bytes.subarray(0, PNG_MAGIC.length).equals(PNG_MAGIC)) return 'png';
  if (bytes.subarray(0, JPEG_MAGIC.length).equals(JPEG_MAGIC)) return 'jpeg';
  if (!bytes.includes(0) && isUtf8(bytes)) return 'tekst';
  return 'ukjent';
}

function isUtf8(bytes: Buffer): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export type Conversion = { status: 'konvertert'; pdf: Uint8Array } | { status: 'kanIkkeKonverteres'; grunn: string };

/** `naa` (the organisation's sandbox time) dates a PDF made here: the same upload makes the same bytes. */
export async function convertToPdf(bytes: Buffer, naa: Date): Promise<Conversion> {
  const format = detectFormat(bytes);
  switch (format) {
    case 'pdf':
      return passThrough(bytes);
    case 'png':
    case 'jpeg':
      return { status: 'konvertert', pdf: await imagePdf(bytes, format, naa) };
    case 'tekst':
      return { status: 'konvertert', pdf: await textPdf(utf8.decode(bytes), naa) };
    case 'ukjent':
      return { status: 'kanIkkeKonverteres', grunn: 'filformatet støttes ikke (PDF, PNG, JPEG eller ren tekst)' };
  }
}

async function passThrough(bytes: Buffer): Promise<Conversion> {
  const { PDFDocument } = await loadPdfLib();
  let pages: number;
  try {
    pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  } catch {
    return { status: 'kanIkkeKonverteres', grunn: 'PDF-en kan ikke leses' };
  }
  if (pages < 1) return { status: 'kanIkkeKonverteres', grunn: 'PDF-en har ingen sider' };
  return { status: 'konvertert', pdf: bytes };
}

const A4 = { width: 595.28, height: 841.89 };

async function nyPdf(naa: Date): Promise<PDFDocument> {
  const doc = await (await loadPdfLib()).PDFDocument.create();
  doc.setCreationDate(naa);
  doc.setModificationDate(naa);
  return doc;
}

async function imagePdf(bytes: Buffer, format: 'png' | 'jpeg', naa: Date): Promise<Uint8Array> {
  const doc = await nyPdf(naa);
  const image = format === 'png' ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
  // Fit A4 in the image's own orientation; small images keep their size (1 px = 1 pt).
  const [maxW, maxH] = image.width > image.height ? [A4.height, A4.width] : [A4.width, A4.height];
  const scale = Math.min(1, maxW / image.width, maxH / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  doc.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
  return doc.save();
}

const MARGIN = 50;
const FONT_SIZE = 10;
const LEADING = 13;

async function textPdf(text: string, naa: Date): Promise<Uint8Array> {
  const { StandardFonts } = await loadPdfLib();
  const doc = await nyPdf(naa);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = layoutLines(text, font, A4.width - 2 * MARGIN);
  const perPage = Math.max(1, Math.floor((A4.height - 2 * MARGIN) / LEADING));
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
