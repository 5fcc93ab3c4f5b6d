/** /sandbox/feil: injected 500 KB-002, 503 with Retry-After and delays, for exactly N requests, scoped and durable. */
import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API, testApp, tokenFor } from '../helpers.js';
import { ADMIN, ANNEN_ORG, ORG, auth, get, post, type Json } from './kit.js';

const HENDELSER = `${API}/hendelser`;

t.test('500 KB-002 for exactly the next N API requests, then normal answers', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const armert = await post(app, token, '/sandbox/feil', { antall: 2, status: 500 });
  t.equal(armert.statusCode, 201);
  t.match(armert.json(), { antall: 2, gjenstaaende: 2, status: 500 });

  const foerste = await app.inject({ method: 'GET', url: HENDELSER, headers: { ...auth(token), korrelasjonsid: 'feil-1' } });
  t.equal(foerste.statusCode, 500);
  t.match(foerste.json(), { kode: 'KB-002', melding: 'Uventet feil i et bakenforliggende system.', korrelasjonsid: 'feil-1', status: 500 });
  t.match((await get(app, token, '/sandbox/feil')).json(), [{ gjenstaaende: 1 }], 'one left');

  const xml = await app.inject({ method: 'GET', url: HENDELSER, headers: { ...auth(token), accept: 'application/xml' } });
  t.equal(xml.statusCode, 500);
  t.match(xml.body, /<kode>KB-002<\/kode>/, 'rendered like every other error');

  t.equal((await get(app, token, HENDELSER)).statusCode, 200, 'the third is answered normally');
  t.same((await get(app, token, '/sandbox/feil')).json(), [], 'used up');
  t.equal((await get(app, token, HENDELSER)).statusCode, 200);
});

t.test('503 with Retry-After (given, or 1 by default)', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  await post(app, token, '/sandbox/feil', { antall: 1, status: 503, retryAfterSekunder: 7 });
  await post(app, token, '/sandbox/feil', { antall: 1, status: 503 });

  const res = await get(app, token, HENDELSER);
  t.equal(res.statusCode, 503);
  t.equal(res.headers['retry-after'], '7');
  t.match(res.json(), { kode: 'SANDBOX-503', status: 503 });
  const neste = await get(app, token, HENDELSER);
  t.equal(neste.statusCode, 503, 'faults are used in the order they were armed');
  t.equal(neste.headers['retry-after'], '1');
  t.equal((await get(app, token, HENDELSER)).statusCode, 200);
});

t.test('a delay holds the answer back, then the request is answered normally', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  await post(app, token, '/sandbox/feil', { antall: 1, forsinkelseMs: 300 });

  let start = performance.now();
  const res = await get(app, token, HENDELSER);
  const forsinket = performance.now() - start;
  t.equal(res.statusCode, 200);
  t.ok(forsinket >= 290, `delayed ${forsinket.toFixed(0)} ms`);
  start = performance.now();
  await get(app, token, HENDELSER);
  t.ok(performance.now() - start < 250, 'the next one is not');

  await post(app, token, '/sandbox/feil', { antall: 1, forsinkelseMs: 200, status: 500 });
  start = performance.now();
  const begge = await get(app, token, HENDELSER);
  t.equal(begge.statusCode, 500, 'a delay and a status: the delay, then the error');
  t.ok(performance.now() - start >= 190);
  const [innslag] = (await get(app, token, '/sandbox/logg?grense=1')).json() as Json[];
  t.ok(innslag!.varighetMs >= 190, `the log shows the delay (${innslag!.varighetMs} ms)`);
});

t.test('sti scopes a fault to paths under it (full or under the base path)', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  await post(app, token, '/sandbox/feil', { antall: 1, status: 500, sti: '/status' });
  await post(app, token, '/sandbox/feil', { antall: 1, status: 503, sti: `${API}/utleggsbegjaering/valider` });

  t.equal((await get(app, token, HENDELSER)).statusCode, 200, 'another path is not affected');
  t.equal((await post(app, token, `${API}/utleggsbegjaering`, {})).statusCode, 422, 'nor a sibling path');
  t.equal((await get(app, token, `${API}/status/abc`)).statusCode, 500);
  t.equal((await get(app, token, `${API}/status/abc`)).statusCode, 404, 'then answered normally');
  t.equal((await post(app, token, `${API}/utleggsbegjaering/valider`, {})).statusCode, 503);
  t.equal((await post(app, token, `${API}/utleggsbegjaering/valider`, {})).statusCode, 422);
});

t.test('only the organisation that armed it, and only authenticated API requests, use a fault up', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const [a, b] = [await tokenFor(app, ORG), await tokenFor(app, ANNEN_ORG)];
  await post(app, a, '/sandbox/feil', { antall: 1, status: 500 });

  t.equal((await get(app, b, HENDELSER)).statusCode, 200, 'another organisation is not affected');
  t.equal((await app.inject({ method: 'GET', url: HENDELSER })).statusCode, 401, 'no token: 401, nothing used');
  t.equal((await get(app, a, '/sandbox/klokke')).statusCode, 200, 'sandbox routes are not affected');
  t.equal((await post(app, a, '/sandbox/token', { orgnr: ORG })).statusCode, 200);
  t.equal((await get(app, a, HENDELSER)).statusCode, 500);
});

t.test('DELETE disarms; bad requests are 400; tokens act only for their own organisation', async (t) => {
  const app = await testApp({ sandboxAdminToken: ADMIN });
  t.teardown(() => app.close());
  const [a, b] = [await tokenFor(app, ORG), await tokenFor(app, ANNEN_ORG)];

  t.equal((await post(app, ADMIN, '/sandbox/feil', { antall: 3, status: 500 }, ORG)).statusCode, 201, 'the admin token arms for A');
  t.equal((await get(app, a, '/sandbox/feil')).json().length, 1);
  t.same((await get(app, b, '/sandbox/feil')).json(), []);
  t.equal((await post(app, b, '/sandbox/feil', { antall: 1, status: 500 }, ORG)).statusCode, 403, 'B cannot arm for A');
  t.equal((await app.inject({ method: 'DELETE', url: '/sandbox/feil', headers: auth(b, ORG) })).statusCode, 403, 'nor disarm');
  t.equal((await get(app, a, HENDELSER)).statusCode, 500);

  const slettet = await app.inject({ method: 'DELETE', url: '/sandbox/feil', headers: auth(a) });
  t.equal(slettet.statusCode, 204);
  t.same((await get(app, a, '/sandbox/feil')).json(), []);
  t.equal((await get(app, a, HENDELSER)).statusCode, 200);

  for (const body of [{ antall: 1 }, { antall: 0, status: 500 }, { antall: 1, status: 502 }, { antall: 1, forsinkelseMs: 60_001 }, { antall: 1, status: 500, x: 1 }]) {
    const res = await post(app, a, '/sandbox/feil', body);
    t.equal(res.statusCode, 400, JSON.stringify(body));
    t.equal(res.json().kode, 'KB-006');
  }
  t.same((await get(app, a, '/sandbox/feil')).json(), [], 'nothing was armed by a bad request');
});

t.test('an armed fault survives a restart', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-feil-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const dbPath = join(dir, 'sandbox.db');
  const foer = await testApp({ dbPath });
  const token = await tokenFor(foer, ORG);
  await post(foer, token, '/sandbox/feil', { antall: 2, status: 500 });
  t.equal((await get(foer, token, HENDELSER)).statusCode, 500);
  await foer.close();

  const etter = await testApp({ dbPath });
  t.teardown(() => etter.close());
  t.match((await get(etter, token, '/sandbox/feil')).json(), [{ antall: 2, gjenstaaende: 1 }]);
  t.equal((await get(etter, token, HENDELSER)).statusCode, 500, 'the one left');
  t.equal((await get(etter, token, HENDELSER)).statusCode, 200);
});
