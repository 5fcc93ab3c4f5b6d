/**
 * Removes what `tsc -b` leaves behind in dist/ when a source file is deleted or renamed: it never deletes an output,
 * and @fastify/autoload would go on loading a plugin or route whose source is gone. Runs after every build (a few
 * milliseconds: one walk of dist/).
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../server/paths.js';

const DIST = join(ROOT, 'dist');
const UTDATA = /\.(js|js\.map|d\.ts)$/;

function rydd(mappe: string): void {
  for (const oppf of readdirSync(mappe, { withFileTypes: true })) {
    const sti = join(mappe, oppf.name);
    if (oppf.isDirectory()) rydd(sti);
    else if (UTDATA.test(oppf.name) && !existsSync(join(ROOT, relative(DIST, sti).replace(UTDATA, '.ts')))) rmSync(sti);
  }
}

for (const mappe of readdirSync(DIST, { withFileTypes: true })) if (mappe.isDirectory()) rydd(join(DIST, mappe.name));
