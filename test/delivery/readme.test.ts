/**
 * The README stays true and short (issue 22): at most 250 lines, every setting the server reads is in its
 * configuration table, and every file it links to exists.
 */
import t from 'tap';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../server/paths.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

t.test('at most 250 lines', async (t) => {
  t.ok(readme.split('\n').length <= 250, `${readme.split('\n').length} lines`);
});

t.test('every environment variable server/config.ts reads is in the configuration table', async (t) => {
  const config = readFileSync(join(ROOT, 'server/config.ts'), 'utf8');
  const navn = new Set([...config.matchAll(/env(?:\.|, '|\[')([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]!));
  t.ok(navn.size >= 30, `${navn.size} variables found`);
  const tabell = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
  for (const n of navn) t.ok(tabell.includes(`\`${n}\``), `${n} is documented`);
});

t.test('every relative link points to a file in the repository', async (t) => {
  const lenker = [...readme.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
  t.ok(lenker.length >= 10, `${lenker.length} links`);
  for (const l of lenker) t.ok(existsSync(join(ROOT, l)), l);
});
