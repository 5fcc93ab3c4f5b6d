/**
 * The innsending keys (orgnr, begjaeringsdato, innsenderReferanse) of every stored case, as a Bloom filter in shared
 * memory: the event loop sets a key's bits when it writes the case (before the commit), and the validation thread
 * reads them. Nearly every validation asks about a case that does not exist, and a key whose bits are not all set
 * answers that without SQLite (in the thread, a lookup after another connection's commit reads its pages again:
 * ~5 µs). A hit — a case that exists, one rolled back, one deleted, or a false positive — still asks the database.
 */

/** 2^23 bits (1 MiB): ~0.005 % false positives at 100,000 cases, ~3 % at a million. */
const BITS_LOG2 = 23;
const HASHES = 3;

export class InnsendingFilter {
  private readonly words: Int32Array;

  /** A new, empty filter; or a view of one another thread created (its `buffer`). */
  constructor(readonly buffer = new SharedArrayBuffer((1 << BITS_LOG2) / 8)) {
    this.words = new Int32Array(buffer);
  }

  add(orgnr: string, begjaeringsdato: string, innsenderReferanse: string): void {
    for (const bit of bits(orgnr, begjaeringsdato, innsenderReferanse)) Atomics.or(this.words, bit >>> 5, 1 << (bit & 31));
  }

  /** False only for a key never added. */
  mayExist(orgnr: string, begjaeringsdato: string, innsenderReferanse: string): boolean {
    for (const bit of bits(orgnr, begjaeringsdato, innsenderReferanse)) {
      if ((Atomics.load(this.words, bit >>> 5) & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

/** The key's bit positions: double hashing over two FNV-1a variants of the three values (separated by 0xffff). */
function bits(...values: readonly string[]): number[] {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const value of values) {
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    h1 = Math.imul(h1 ^ 0xffff, 0x01000193);
    h2 = Math.imul(h2 ^ 0xffff, 0x5bd1e995);
  }
  h2 |= 1;
  const mask = (1 << BITS_LOG2) - 1;
  return Array.from({ length: HASHES }, (_, k) => (h1 + Math.imul(k, h2)) & mask);
}
