import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this module with our package.json (works from dist/ too). */
function findRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'utleggsbegjaering-sandbox') return dir;
  }
  return process.cwd();
}

export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
