/** docker-compose.yml agrees with the Dockerfile: port, volume, health check, stop signal and environment (issue 7). */
import t from 'tap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../server/config.js';
import { ROOT } from '../../server/paths.js';
import { last, parseCommand, parseDockerfile, parseHealthcheck, parseList, stageEnv } from './dockerfile.js';

interface Service {
  build?: string | { context: string };
  image?: string;
  ports?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: { test: string[]; interval?: string; timeout?: string; start_period?: string; start_interval?: string; retries?: number };
  stop_signal?: string;
  depends_on?: Record<string, { condition: string }>;
}

interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const composeText = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
const compose = parse(composeText) as Compose;
const runtime = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8')).at(-1)!;
const imageEnv = stageEnv(runtime);
const sandbox = compose.services.sandbox!;
const exposed = parseList(last(runtime, 'EXPOSE')!.args)[0]!.replace(/\/tcp$/, '');

t.test('service sandbox is built from the Dockerfile', async (t) => {
  t.same(Object.keys(compose.services), ['sandbox'], 'only the sandbox runs by default');
  t.equal(typeof sandbox.build === 'string' ? sandbox.build : sandbox.build?.context, '.');
  t.equal(sandbox.image, 'utleggsbegjaering-sandbox');
});

t.test('port and volume match the image', async (t) => {
  t.same(sandbox.ports, [`${exposed}:${exposed}`], `publishes the EXPOSEd port ${exposed}`);
  const volume = parseList(last(runtime, 'VOLUME')!.args)[0]!;
  t.same(sandbox.volumes, [`sandbox-data:${volume}`], `named volume on ${volume}`);
  t.ok(compose.volumes && 'sandbox-data' in compose.volumes, 'sandbox-data is declared');
  t.match(imageEnv.DB_PATH, new RegExp(`^${volume}/`), 'the database is on that volume');
});

t.test('health check and stop signal match the image', async (t) => {
  const hc = parseHealthcheck(last(runtime, 'HEALTHCHECK')!);
  if (hc === 'NONE' || hc.command.form !== 'exec') return t.fail('the Dockerfile HEALTHCHECK is exec form');
  t.same(sandbox.healthcheck?.test, ['CMD', ...hc.command.argv], 'the same node command');
  t.equal(sandbox.healthcheck?.interval, hc.flags.interval);
  t.equal(sandbox.healthcheck?.timeout, hc.flags.timeout);
  t.equal(sandbox.healthcheck?.start_period, hc.flags['start-period']);
  // Probing every second while starting needs Docker Engine 25+; the Dockerfile cannot ask for it (podman 4.3 refuses
  // the flag), compose can: `docker compose up --wait` returns about a second after the sandbox is healthy.
  t.equal(hc.flags['start-interval'], undefined, 'the Dockerfile has no --start-interval');
  t.equal(sandbox.healthcheck?.start_interval, '1s', 'compose probes every second while starting');
  t.equal(String(sandbox.healthcheck?.retries), hc.flags.retries);
  t.equal(sandbox.stop_signal, last(runtime, 'STOPSIGNAL')!.args);
  t.same(parseCommand(last(runtime, 'CMD')!.args), { form: 'exec', argv: ['node', 'dist/server/server.js'] }, 'compose keeps the image CMD');
});

t.test('environment: issuer for the compose network, everything valid for the server', async (t) => {
  const env = sandbox.environment ?? {};
  for (const key of ['HOST', 'PORT', 'DB_PATH'] as const) {
    if (key in env) t.equal(env[key], imageEnv[key], `${key} as in the Dockerfile`);
  }
  const configSource = readFileSync(join(ROOT, 'server/config.ts'), 'utf8');
  for (const key of Object.keys(env)) t.match(configSource, new RegExp(`\\b${key}\\b`), `${key} is read by server/config.ts`);
  t.equal(env.PUBLIC_URL, `http://sandbox:${exposed}`, 'PUBLIC_URL is the service name, as other containers reach it');
  t.equal(env.ISSUER_ALIASES, `http://localhost:${sandbox.ports![0]!.split(':')[0]}`, 'tokens fetched from the host machine are accepted');
  const config = loadConfig({ ...imageEnv, ...env });
  t.equal(config.host, '0.0.0.0');
  t.equal(config.port, Number(exposed));
  t.equal(config.publicUrl, 'http://sandbox:8080');
  t.same(config.issuerAliases, ['http://localhost:8080']);
});

t.test('no value is subject to compose interpolation by accident', async (t) => {
  const values: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === 'string') values.push(node);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(compose);
  t.same(
    values.filter((v) => /\$(?!\$)/.test(v.replace(/\$\$/g, ''))),
    [],
  );
});

t.test('the commented vendor-app example is valid and waits for a healthy sandbox', async (t) => {
  const lines = composeText.split('\n');
  const start = lines.findIndex((l) => /^ {2}# vendor-app:/.test(l));
  t.ok(start > 0, 'the example is there');
  const end = lines.findIndex((l, i) => i > start && !/^ {2}#/.test(l));
  const block = lines.slice(start, end < 0 ? undefined : end);
  const uncommented = ['services:', ...block.map((l) => l.replace(/^ {2}# ?/, '  '))].join('\n');
  const vendor = (parse(uncommented) as Compose).services['vendor-app']!;
  t.same(vendor.depends_on, { sandbox: { condition: 'service_healthy' } });
  const urls = Object.values(vendor.environment ?? {});
  t.ok(urls.length > 0 && urls.every((u) => u.startsWith(`http://sandbox:${exposed}/`)), 'points at the sandbox service name');
});
