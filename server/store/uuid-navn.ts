/**
 * Name-based UUIDs (the layout of RFC 9562 version 5, from SHA-256): the same name always gives the same id, so
 * an id the sandbox derives (a system user's, a case's dialog) needs no row of its own.
 */
import { createHash } from 'node:crypto';

/** A UUID of the given version digit laid out from the SHA-256 of `navn` (variant 10, as randomUUID puts it). */
export function uuidFraSha256(navn: string, versjon: '4' | '5'): string {
  const h = createHash('sha256').update(navn).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${versjon}${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function uuidAvNavn(navn: string): string {
  return uuidFraSha256(navn, '5');
}
