/**
 * Name-based UUIDs (the layout of RFC 9562 version 5, from SHA-256): the same name always gives the same id, so
 * an id the sandbox derives (a system user's, a case's dialog) needs no row of its own.
 */
import { createHash } from 'node:crypto';

export function uuidAvNavn(navn: string): string {
  const h = createHash('sha256').update(navn).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
