/**
 * The supported Node versions agree wherever they are stated — package.json `engines`, `.nvmrc`, the Dockerfile's
 * base image — and `npm ci` on each of them is quiet: no package in the lockfile wants another Node (EBADENGINE),
 * no direct dependency is deprecated (issue 22).
 */
import t from 'tap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { ROOT } from '../../server/paths.js';
import { parseDockerfile } from './dockerfile.js';

interface LockEntry {
  version?: string;
  engines?: { node?: string } | string[];
  deprecated?: string;
}

const json = <T>(file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as T;
const pkg = json<{ engines: { node: string }; dependencies: Record<string, string>; devDependencies: Record<string, string> }>('package.json');
const lock = json<{ packages: Record<string, LockEntry> }>('package-lock.json');
const engines = pkg.engines.node;
/** The oldest version of each major the range admits (`^20.19.0 || ^22.12.0` → 20.19.0, 22.12.0). */
const lowest = engines.split('||').map((part) => semver.minVersion(part)!.version);
const nodeEngines = (entry: LockEntry) => (Array.isArray(entry.engines) ? undefined : entry.engines?.node);

t.test('engines names whole supported majors from a known lowest version', async (t) => {
  t.ok(semver.validRange(engines), engines);
  t.ok(lowest.length >= 2, `${lowest.join(', ')}`);
  t.ok(semver.satisfies(process.version, engines), `this Node (${process.version}) is supported`);
});

t.test('.nvmrc and the Dockerfile name the same supported major', async (t) => {
  const nvmrc = readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim();
  t.match(nvmrc, /^\d+$/, '.nvmrc names a major (nvm and CI installers take its newest release)');
  t.ok(semver.intersects(`${nvmrc}.x`, engines), `.nvmrc ${nvmrc} is within engines ${engines}`);
  for (const stage of parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'))) {
    t.equal(/^node:(\d+)-/.exec(stage.base)?.[1], nvmrc, `stage ${stage.name} (${stage.base}) runs the .nvmrc major`);
  }
});

t.test('better-sqlite3 supports every major engines names', async (t) => {
  const supported = nodeEngines(json<LockEntry>('node_modules/better-sqlite3/package.json'))!;
  for (const version of lowest) t.ok(semver.satisfies(version, supported), `${version} within better-sqlite3's ${supported}`);
});

t.test('npm ci prints no EBADENGINE on any supported Node', async (t) => {
  const unsupported = Object.entries(lock.packages).flatMap(([path, entry]) => {
    const wanted = path === '' ? undefined : nodeEngines(entry);
    return lowest.filter((version) => wanted && !semver.satisfies(version, wanted)).map((version) => `${path}@${entry.version} wants ${wanted}, not ${version}`);
  });
  t.same(unsupported, []);
});

t.test('no direct dependency is deprecated', async (t) => {
  const direct = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
  const deprecated = direct.filter((name) => lock.packages[`node_modules/${name}`]?.deprecated).map((name) => `${name}: ${lock.packages[`node_modules/${name}`]!.deprecated}`);
  t.same(deprecated, []);
});
