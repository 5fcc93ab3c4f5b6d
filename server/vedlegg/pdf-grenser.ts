/**
 * Reads an uploaded PDF with pdf-lib within the limits: its page count, or OverGrensen. pdf-lib inflates object and
 * cross-reference streams while it loads, without a bound (a 1 kB stream can inflate to gigabytes), and keeps every
 * object it parses. Every decoder of pdf-lib grows its output through DecodeStream.ensureBuffer, and every parsed
 * object is stored through PDFContext.assign: while a PDF is read, those two count against the limits and refuse
 * past them; an object stream is refused before it is parsed when the objects it declares would pass the limit.
 * pdf-lib catches the error of a single object and reads on, so the first refusal is kept and raised once loading
 * returns; every later count refuses again at once.
 */
import { createRequire } from 'node:module';
import { ParseSpeeds, PDFContext, PDFDocument, PDFObjectStreamParser, PDFPageLeaf, PDFPageTree } from 'pdf-lib';
import { OverGrensen, type Konverteringsgrenser } from './grenser.js';

type Grenser = Pick<Konverteringsgrenser, 'maksPdfObjekter' | 'maksDekomprimertBytes' | 'maksSider'>;

class Budsjett {
  private objekter = 0;
  private dekomprimert = 0;
  /** Bytes counted per decoder so far: each asks for its whole output length so far, growing. */
  private readonly talt = new WeakMap<object, number>();
  overskredet: OverGrensen | undefined;

  constructor(private readonly grenser: Grenser) {}

  /** An object parsed. */
  objekt(): void {
    this.sjekkObjekter(++this.objekter);
  }

  /** An object stream about to be parsed, with the objects it declares. */
  objektstroem(antall: number): void {
    this.sjekkObjekter(this.objekter + antall);
  }

  private sjekkObjekter(antall: number): void {
    const maks = this.grenser.maksPdfObjekter;
    if (antall > maks) this.avvis(`PDF-en har flere enn ${maks} objekter (VEDLEGG_MAKS_PDF_OBJEKTER)`);
  }

  dekodet(dekoder: object, lengde: number): void {
    const foer = this.talt.get(dekoder) ?? 0;
    if (lengde <= foer) return;
    this.dekomprimert += lengde - foer;
    this.talt.set(dekoder, lengde);
    const maks = this.grenser.maksDekomprimertBytes;
    if (this.dekomprimert > maks) this.avvis(`PDF-en pakker ut til mer enn ${maks} byte (VEDLEGG_MAKS_DEKOMPRIMERT_BYTES)`);
  }

  private avvis(grunn: string): never {
    throw (this.overskredet ??= new OverGrensen(grunn));
  }
}

/** The budget of the PDF being read (one at a time: the worker converts one file at a time). */
let aktivt: Budsjett | undefined;

// pdf-lib has no "exports" map; its CommonJS build is what `import 'pdf-lib'` loads, so these are the same classes.
const { default: DecodeStream } = createRequire(import.meta.url)('pdf-lib/cjs/core/streams/DecodeStream.js') as typeof import('pdf-lib/cjs/core/streams/DecodeStream.js');
const decoder = DecodeStream.prototype as unknown as { ensureBuffer(this: object, requested: number): Uint8Array };
const ensureBuffer = decoder.ensureBuffer;
decoder.ensureBuffer = function (requested) {
  aktivt?.dekodet(this, requested);
  return ensureBuffer.call(this, requested);
};
const assign = PDFContext.prototype.assign;
PDFContext.prototype.assign = function (...args) {
  aktivt?.objekt();
  assign.apply(this, args);
};
const parseIntoContext = PDFObjectStreamParser.prototype.parseIntoContext;
PDFObjectStreamParser.prototype.parseIntoContext = function () {
  aktivt?.objektstroem((this as unknown as { objectCount: number }).objectCount);
  return parseIntoContext.call(this);
};

/** The page count (0 to maksSider); undefined when pdf-lib cannot read the PDF. */
export async function lesSider(bytes: Uint8Array, grenser: Grenser): Promise<number | undefined> {
  const budsjett = new Budsjett(grenser);
  aktivt = budsjett;
  let sider: number | undefined;
  try {
    // Fastest: no pause every 100 objects (a timer each), which only an event loop with other work needs.
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
    sider = telSider(doc.catalog.Pages());
  } catch {
    sider = undefined;
  } finally {
    aktivt = undefined;
  }
  if (budsjett.overskredet) throw budsjett.overskredet;
  if (sider !== undefined && sider > grenser.maksSider) throw new OverGrensen(`PDF-en har flere enn ${grenser.maksSider} sider (VEDLEGG_MAKS_SIDER)`);
  return sider;
}

/**
 * Counts the page leaves as pdf-lib's getPageCount does, in time bounded by the tree's nodes: a subtree listed twice
 * is counted twice but walked once (a tree that lists its next level twice, 40 deep, has 2^40 pages, and pdf-lib
 * would walk every one). A tree that contains itself cannot be read.
 */
function telSider(tre: PDFPageTree, talt = new Map<PDFPageTree, number>(), sti = new Set<PDFPageTree>()): number {
  const kjent = talt.get(tre);
  if (kjent !== undefined) return kjent;
  if (sti.has(tre)) throw new Error('the page tree contains itself');
  sti.add(tre);
  let sider = 0;
  const kids = tre.Kids();
  for (let i = 0; i < kids.size(); i++) {
    const kid = tre.context.lookup(kids.get(i));
    if (kid instanceof PDFPageTree) sider += telSider(kid, talt, sti);
    else if (kid instanceof PDFPageLeaf) sider++;
  }
  sti.delete(tre);
  talt.set(tre, sider);
  return sider;
}
