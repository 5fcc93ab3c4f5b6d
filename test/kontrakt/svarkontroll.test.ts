/**
 * The response check every test app runs under tap (./svarkontroll.ts, ./svarvakt.ts): it names each way a response
 * can break the served document, passes what the document describes, and a breach fails the test that made it.
 */
import t from 'tap';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openApiDocument } from '../../server/openapi.js';
import { Svarkontroll, type Svar } from './svarkontroll.js';
import { API_V2, example } from '../helpers.js';

const kontroll = new Svarkontroll({ v1: openApiDocument('v1'), v2: openApiDocument('v2') });
const JSON_TYPE = 'application/json; charset=utf-8';
const helse = (endring: Partial<Svar>): Svar => ({
  metode: 'GET',
  url: '/health',
  status: 200,
  type: JSON_TYPE,
  kropp: JSON.stringify({ status: 'ok', modus: 'livssyklus' }),
  ...endring,
});

t.test('a response the document describes passes', async (t) => {
  t.same(kontroll.brudd(helse({})), []);
  t.same(kontroll.brudd(helse({ metode: 'HEAD', kropp: '' })), [], 'HEAD is held to GET, without its body');
  t.same(kontroll.brudd({ metode: 'GET', url: '/docs/', status: 200, type: 'text/html; charset=utf-8', kropp: '<html></html>' }), [], 'a trailing slash');
});

t.test('each breach names the operation, the status and what is wrong', async (t) => {
  t.same(kontroll.brudd(helse({ status: 418 })), ['GET /health → 418: the status is not documented (documented: 200, 500)']);
  t.same(kontroll.brudd(helse({ type: 'text/plain' })), ['GET /health → 200: Content-Type text/plain is not documented (documented: application/json)']);
  t.same(kontroll.brudd(helse({ kropp: '{"status":"ok","modus":"av"}' })), [
    'GET /health → 200: body/modus must be equal to one of the allowed values ({"allowedValues":["livssyklus","testmiljoe"]})',
  ]);
  t.same(kontroll.brudd(helse({ kropp: '' })), ['GET /health → 200: an empty application/json body']);
  t.same(kontroll.brudd(helse({ kropp: '{' })), ['GET /health → 200: the application/json body is not JSON']);
  t.same(kontroll.brudd({ metode: 'GET', url: '/ukjent?x=1', status: 200, type: JSON_TYPE, kropp: '{}' }), ['GET /ukjent is not a documented operation, yet answered 200']);
  const ikkeFunnet = { metode: 'GET', url: '/ukjent', status: 404, type: JSON_TYPE };
  t.match(kontroll.brudd({ ...ikkeFunnet, kropp: '{}' })[0], /^GET \/ukjent is not a documented operation: body must have required property 'kode'/);
});

t.test('each version is held to its own document, and a stored version to its own model', async (t) => {
  const lagret = (versjoner: Array<{ modell: string; begjaering: unknown }>) =>
    kontroll.brudd({
      metode: 'GET',
      url: `${API_V2}/utleggsbegjaering/ref`,
      status: 200,
      type: JSON_TYPE,
      kropp: JSON.stringify({
        eksternSaksreferanse: 'ref',
        saksstatus: 'sakOpprettet',
        versjoner: versjoner.map((v, i) => ({ versjon: i + 1, mottatt: '2026-01-01T00:00:00.000Z', behandlet: 'ubehandlet', ...v })),
      }),
    });
  t.same(lagret([{ modell: '0.9', begjaering: example('enkel') }, { modell: '2.0', begjaering: example('enkel', '2.0') }]), []);
  t.match(lagret([{ modell: '2.0', begjaering: example('enkel') }]), [/^GET \/utleggsbegjaering\/\{eksternSaksreferanse\} → 200: body\/versjoner\/0\/begjaering\//]);
});

t.test('a breach fails the subtest that made the request, naming it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'svarkontroll-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const url = (fil: string) => pathToFileURL(join(import.meta.dirname, fil)).href;
  const fil = join(dir, 'brudd.test.mjs');
  // A route the document does not have, added to an app under the check as testApp() sets it up.
  writeFileSync(
    fil,
    `import t from ${JSON.stringify(import.meta.resolve('tap'))};
    import { buildApp } from ${JSON.stringify(url('../../server/app.js'))};
    import { testConfig } from ${JSON.stringify(url('../helpers.js'))};
    import { svarvakt, tapRapport } from ${JSON.stringify(url('./svarvakt.js'))};
    const app = await buildApp(testConfig());
    await app.register(svarvakt, { rapporter: await tapRapport() });
    app.get('/udokumentert', async () => ({ hei: 1 }));
    await app.ready();
    t.teardown(() => app.close());
    t.test('ytre', async (t) => {
      await t.test('lager et brudd', async () => { await app.inject({ method: 'GET', url: '/udokumentert' }); });
    });`,
  );
  const kjoering = spawnSync(process.execPath, [fil], { cwd: join(import.meta.dirname, '../../..'), encoding: 'utf8', timeout: 60_000 });
  t.equal(kjoering.status, 1, 'the file fails');
  t.match(kjoering.stdout, /# Subtest: lager et brudd\n\s+not ok 1 - GET \/udokumentert breaks the OpenAPI document: GET \/udokumentert is not a documented operation, yet answered 200/);
});
