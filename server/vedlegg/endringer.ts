/**
 * How the validation thread keeps copies of attachment rows without reading stale ones. The event loop counts its
 * attachment writes in shared memory (`Vedleggendringer`), and the thread's copies (`VedleggKopi`) hold only while
 * the count stands still. Most validations then read no attachment from SQLite: after another connection's commit,
 * the thread's connection reads every page again (~4 µs per attachment).
 */
import type { VedleggInfo } from '../../rules/types.js';

/** The event loop's side: a counter that moves after every committed (or rolled back) attachment write. */
export class Vedleggendringer {
  private readonly teller: Int32Array;
  private varslet = false;

  /** A new counter; or a view of one another thread created (its `buffer`). */
  constructor(readonly buffer = new SharedArrayBuffer(4)) {
    this.teller = new Int32Array(buffer);
  }

  get verdi(): number {
    return Atomics.load(this.teller, 0);
  }

  /**
   * Called with every write. The count moves once the synchronous code around the write has finished, and so
   * after its transaction committed: moved earlier, the thread could copy the row as it was before the commit
   * and keep that copy under the new count. Every validation posted from then on sees the new count.
   */
  skrevet(): void {
    if (this.varslet) return;
    this.varslet = true;
    queueMicrotask(() => {
      this.varslet = false;
      Atomics.add(this.teller, 0, 1);
    });
  }
}

const MAKS_KOPIER = 10_000;

/** The validation thread's side: rows as read, dropped whenever the count moved since they were read. */
export class VedleggKopi {
  private readonly kopier = new Map<string, VedleggInfo | undefined>();
  private lestVed = -1;

  constructor(
    private readonly endringer: Vedleggendringer,
    private readonly les: (orgnr: string, uuid: string) => VedleggInfo | undefined,
  ) {}

  info(orgnr: string, uuid: string): VedleggInfo | undefined {
    // Read before the row: a write committed after this read moves the count past it, and the copy goes.
    const naa = this.endringer.verdi;
    if (naa !== this.lestVed || this.kopier.size >= MAKS_KOPIER) {
      this.kopier.clear();
      this.lestVed = naa;
    }
    const key = `${orgnr}\u0000${uuid}`;
    if (this.kopier.has(key)) return this.kopier.get(key);
    const info = this.les(orgnr, uuid);
    this.kopier.set(key, info);
    return info;
  }
}
