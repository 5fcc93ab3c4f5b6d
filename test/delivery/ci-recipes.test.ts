/**
 * The CI recipes of docs/ci.md (Running in a container and in CI) are what vendors paste into their pipelines: each
 * YAML block parses, publishes the image's port, sets PUBLIC_URL to the address its steps use, and its smoke test
 * (a token, then an API call) works against the sandbox as written (issue 7).
 */
import t, { type Test } from 'tap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../../server/paths.js';
import { testApp } from '../helpers.js';
import { last, parseDockerfile, parseList } from './dockerfile.js';

type Yaml = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed CI files

const section = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');
/** Each ```yaml block of the page, under the ## heading above it. */
const recipes = new Map<string, Yaml>();
for (const part of section.split(/^## /m).slice(1)) {
  const heading = part.slice(0, part.indexOf('\n'));
  const block = /```yaml\n([\s\S]*?)```/.exec(part)?.[1];
  if (block) recipes.set(heading, parse(block) as Yaml);
}
const port = parseList(last(parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8')).at(-1)!, 'EXPOSE')!.args)[0]!.replace(/\/tcp$/, '');

/** Every URL a job's shell steps or variables name. */
function urlsIn(job: Yaml): string[] {
  return [...JSON.stringify(job).matchAll(/https?:\/\/[a-z0-9.-]+:\d+[^\s"'\\]*/g)].map((m) => m[0]);
}

function recipe(t: Test, heading: string): Yaml {
  const found = recipes.get(heading);
  t.ok(found, `a YAML recipe under "## ${heading}"`);
  return found ?? {};
}

t.test('docs/ci.md has the three pipeline recipes, each valid YAML', async (t) => {
  t.same([...recipes.keys()], [
    'GitHub Actions: build the image in the job',
    'GitHub Actions: `services:` with an image you pushed',
    'GitLab CI: `services:` with alias `sandbox`',
  ]);
});

t.test('GitHub Actions, image built in the job: port, PUBLIC_URL and the URLs its steps use agree', async (t) => {
  const job = recipe(t, 'GitHub Actions: build the image in the job').jobs?.integration as Yaml;
  const script = (job.steps as Yaml[]).map((s) => s.run ?? '').join('\n');
  t.match(script, `-p ${port}:${port}`, 'publishes the image port');
  const publicUrl = /-e PUBLIC_URL=(\S+)/.exec(script)?.[1];
  t.equal(publicUrl, `http://localhost:${port}`);
  t.ok(urlsIn(job).every((u) => u.startsWith(publicUrl!)), 'every URL is under PUBLIC_URL');
  t.match(script, /docker inspect -f '\{\{\.State\.Health\.Status\}\}' sandbox/, 'waits for the HEALTHCHECK');
});

t.test('GitHub Actions, services: port, PUBLIC_URL and the URLs its steps use agree', async (t) => {
  const job = recipe(t, 'GitHub Actions: `services:` with an image you pushed').jobs?.integration as Yaml;
  const service = job.services?.sandbox as Yaml;
  t.same(service.ports, [`${port}:${port}`]);
  t.equal(service.env?.PUBLIC_URL, `http://localhost:${port}`, 'steps run on the host');
  t.ok(urlsIn({ steps: job.steps }).every((u) => u.startsWith(service.env.PUBLIC_URL)), 'every URL is under PUBLIC_URL');
});

t.test('GitLab CI: the alias, PUBLIC_URL and the job variables agree', async (t) => {
  const job = recipe(t, 'GitLab CI: `services:` with alias `sandbox`').integration as Yaml;
  const service = (job.services as Yaml[])[0]!;
  t.equal(service.alias, 'sandbox');
  const publicUrl = service.variables?.PUBLIC_URL as string;
  t.equal(publicUrl, `http://sandbox:${port}`, 'the job reaches the service by its alias');
  t.ok(urlsIn(job).every((u) => u.startsWith(publicUrl)), 'every URL is under PUBLIC_URL');
  t.match(job.variables?.UTLEGG_API_URL, `${publicUrl}/api/utleggsbegjaering/v1`);
});

t.test('the smoke test every recipe runs works as written: a token from /sandbox/token, then TEST_SAK_BESLUTTET', async (t) => {
  const calls = [...section.matchAll(/-d '(\{"orgnr":[^']+\})'/g)].map((m) => m[1]!);
  t.ok(calls.length >= 3, `${calls.length} token requests in the recipes`);
  t.match(section, '/api/utleggsbegjaering/v1/status/TEST_SAK_BESLUTTET');
  const app = await testApp();
  t.teardown(() => app.close());
  for (const body of new Set(calls)) {
    const token = await app.inject({ method: 'POST', url: '/sandbox/token', headers: { 'content-type': 'application/json' }, payload: body });
    t.equal(token.statusCode, 200, body);
    const status = await app.inject({
      method: 'GET',
      url: '/api/utleggsbegjaering/v1/status/TEST_SAK_BESLUTTET',
      headers: { authorization: `Bearer ${token.json().access_token as string}` },
    });
    t.equal(status.statusCode, 200, 'the status of a decided test case');
    t.equal(status.json().saksstatus, 'sakBesluttet');
  }
});
