/**
 * Time-ordered UUIDs (RFC 9562, version 7): 48 bits of Unix milliseconds, then random bits. Used for keys that get
 * a unique index and are written at a high rate (case references, event ids): a random key put each new row in a
 * random leaf of its index, one more page written to the WAL per case; time-ordered keys fill the right-most leaf
 * that the whole group commit shares (measured: ~20 µs less event-loop time per submission).
 */
import { randomUUID } from 'node:crypto';

export function uuid7(nowMs: number = Date.now()): string {
  const ms = nowMs.toString(16).padStart(12, '0');
  // randomUUID draws from a pooled buffer (one random byte source call per 128 UUIDs); its version nibble is replaced.
  return `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7${randomUUID().slice(15)}`;
}
