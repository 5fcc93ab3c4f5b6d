/** The virus check on its own: the EICAR string found wherever it is in a file, across the chunks it is read in. */
import t from 'tap';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { containsEicar, EICAR, SCAN_CHUNK } from '../../server/vedlegg/virussjekk.js';

t.test('containsEicar finds the string wherever it is, across the chunks it reads', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'eicar-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const fil = (navn: string, ...deler: Buffer[]) => {
    const sti = join(dir, navn);
    writeFileSync(sti, Buffer.concat(deler));
    return sti;
  };
  const eicar = Buffer.from(EICAR, 'latin1');
  const fyll = (n: number) => Buffer.alloc(n, 0x41);
  t.ok(containsEicar(fil('alene', eicar)));
  t.ok(containsEicar(fil('foerste-grense', fyll(SCAN_CHUNK - 20), eicar, fyll(100))));
  t.ok(containsEicar(fil('andre-grense', fyll(2 * SCAN_CHUNK - 1), eicar)));
  t.ok(containsEicar(fil('slutt', fyll(3 * SCAN_CHUNK), eicar)));
  t.notOk(containsEicar(fil('uten', fyll(2 * SCAN_CHUNK + 10))));
  t.notOk(containsEicar(fil('tom')));
  t.notOk(containsEicar(fil('avkortet', fyll(SCAN_CHUNK - 20), eicar.subarray(0, -1))));
});
