/**
 * The virus check (modelled): the EICAR test string anywhere in the file → inneholderVirus. Runs in the conversion
 * worker (konvertering-traad.ts), which loads pdf-lib only for its first conversion.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';
const EICAR_BYTES = Buffer.from(EICAR, 'latin1');

/** The bytes the virus check reads at a time. */
export const SCAN_CHUNK = 2 ** 20;

/**
 * True when the file contains the EICAR test string. Read in chunks, so the file's size does not matter, and
 * synchronously: the worker has nothing else to do meanwhile, and the libuv thread pool that asynchronous reads
 * queue for is shared with the event loop's uploads (under upload load, a read waited there for most of each check).
 */
export function containsEicar(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    // A match may straddle two chunks: the end of one is kept before the next.
    const keep = EICAR_BYTES.length - 1;
    const window = Buffer.allocUnsafe(keep + SCAN_CHUNK);
    for (let kept = 0; ; ) {
      const read = readSync(fd, window, kept, SCAN_CHUNK, null);
      if (read === 0) return false;
      const end = kept + read;
      if (window.subarray(0, end).includes(EICAR_BYTES)) return true;
      kept = Math.min(end, keep);
      window.copy(window, 0, end - kept, end);
    }
  } finally {
    closeSync(fd);
  }
}
