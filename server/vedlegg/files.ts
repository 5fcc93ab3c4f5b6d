/**
 * The attachment files, in a folder beside the database (`<DB_PATH>-vedlegg/`; a fresh temporary folder for
 * ':memory:', removed on close). An upload streams into tmp/ while it is hashed and counted, and is renamed into
 * original/<uuid> only once its row is committed; a converted PDF is written to tmp/ and renamed to pdf/<uuid>.pdf.
 * Files are named by uuid only, never by anything the client sent.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { access, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** An upload streamed to a temporary file. */
export interface ReceivedFile {
  path: string;
  storrelse: number;
  sha256: string;
  /** True when the stream was cut at the size limit (busboy truncates instead of failing). */
  truncated: boolean;
}

export class VedleggFiles {
  readonly dir: string;
  private readonly temporary: boolean;

  constructor(dbPath: string) {
    this.temporary = dbPath === ':memory:';
    this.dir = this.temporary ? mkdtempSync(join(tmpdir(), 'utleggsbegjaering-vedlegg-')) : `${resolve(dbPath)}-vedlegg`;
    for (const sub of ['tmp', 'original', 'pdf']) mkdirSync(join(this.dir, sub), { recursive: true });
    // Leftovers of uploads or conversions interrupted by a crash: never committed, never acknowledged.
    for (const name of readdirSync(join(this.dir, 'tmp'))) rmSync(join(this.dir, 'tmp', name), { force: true });
  }

  originalPath(uuid: string): string {
    return join(this.dir, 'original', uuid);
  }

  pdfPath(uuid: string): string {
    return join(this.dir, 'pdf', `${uuid}.pdf`);
  }

  /** Streams `source` to a temporary file, hashing and counting on the way; removes it again on failure. */
  async receive(source: Readable & { truncated?: boolean }): Promise<ReceivedFile> {
    // Multipart destroys the part without an error when the body ends early, possibly before we got to it.
    if (source.destroyed) throw new Error('filen ble avbrutt før den var mottatt');
    const path = this.tempPath();
    const hash = createHash('sha256');
    let storrelse = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        storrelse += chunk.length;
        done(null, chunk);
      },
    });
    const out = createWriteStream(path, { flags: 'wx' });
    try {
      await pipeline(source, tap, out);
    } catch (err) {
      // The file may still be opening when the source fails; remove it only once the stream has closed.
      // (Not events.once: it rejects on the 'error' the failed pipeline also emits there.)
      if (!out.closed) await new Promise<void>((closed) => out.once('close', () => closed()));
      rmSync(path, { force: true });
      throw err;
    }
    return { path, storrelse, sha256: hash.digest('hex'), truncated: source.truncated === true };
  }

  /** Moves a received file into place as the attachment's original. */
  commit(file: ReceivedFile, uuid: string): void {
    renameSync(file.path, this.originalPath(uuid));
  }

  discard(file: ReceivedFile): void {
    rmSync(file.path, { force: true });
  }

  async hasOriginal(uuid: string): Promise<boolean> {
    return access(this.originalPath(uuid)).then(
      () => true,
      () => false,
    );
  }

  /** Writes the converted PDF atomically (a reader never sees half a file). */
  async writePdf(uuid: string, pdf: Uint8Array): Promise<void> {
    const path = this.tempPath();
    try {
      await writeFile(path, pdf, { flag: 'wx' });
      await rename(path, this.pdfPath(uuid));
    } finally {
      await rm(path, { force: true });
    }
  }

  /** Removes both files of an attachment (slettet, kassert). */
  remove(uuid: string): void {
    rmSync(this.originalPath(uuid), { force: true });
    rmSync(this.pdfPath(uuid), { force: true });
  }

  /**
   * Removes files that should not be there: those of attachments without a row, and those of attachments
   * whose status says the files are gone (a PDF written while the attachment was being deleted).
   */
  sweep(keep: (uuid: string) => boolean): void {
    for (const sub of ['original', 'pdf']) {
      for (const name of readdirSync(join(this.dir, sub))) {
        const uuid = name.replace(/\.pdf$/, '');
        if (!keep(uuid)) this.remove(uuid);
      }
    }
  }

  /** Removes the folder when it was a temporary one (':memory:' databases). */
  close(): void {
    if (this.temporary) rmSync(this.dir, { recursive: true, force: true });
  }

  private tempPath(): string {
    return join(this.dir, 'tmp', randomUUID());
  }
}
