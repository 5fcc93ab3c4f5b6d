/** The error model (SPEC §2): both shapes, JSON/XML, 404/406/415/400, Korrelasjonsid everywhere. */
import t from 'tap';
import { API, testApp, testConfig, tokenFor } from '../helpers.js';
import { buildApp } from '../../server/app.js';

const app = await testApp();
t.teardown(() => app.close());
const token = await tokenFor(app, '312597772');
const auth = { authorization: `Bearer ${token}` };

t.test('unknown URL: 404 KB-003 with both body shapes and the generated korrelasjonsid', async (t) => {
  const res = await app.inject({ method: 'GET', url: '/finnes/ikke' });
  t.equal(res.statusCode, 404);
  const body = res.json();
  t.equal(body.kode, 'KB-003');
  t.equal(body.status, 404);
  t.equal(body.title, 'Ukjent url benyttet.');
  t.equal(body.instance, '/finnes/ikke');
  t.match(body.korrelasjonsid, /^[0-9a-f-]{36}$/);
  t.equal(res.headers.korrelasjonsid, body.korrelasjonsid);
});

t.test('Korrelasjonsid from the request is echoed in the header and the body', async (t) => {
  const id = 'bb918c1c1cfa10a396e723949ae25f80';
  const res = await app.inject({ method: 'GET', url: '/finnes/ikke', headers: { korrelasjonsid: id } });
  t.equal(res.headers.korrelasjonsid, id);
  t.equal(res.json().korrelasjonsid, id);
});

t.test('XML error body for Accept: application/xml', async (t) => {
  const res = await app.inject({ method: 'GET', url: `${API}/ukjent`, headers: { accept: 'application/xml', ...auth } });
  t.equal(res.statusCode, 404);
  t.match(res.headers['content-type'], /application\/xml/);
  t.match(res.body, /^<\?xml version="1.0" encoding="UTF-8"\?><feil xmlns="urn:no:skatteetaten:datasamarbeid:feil:v1"><kode>KB-003<\/kode><melding>/);
  t.match(res.body, /<korrelasjonsid>[0-9a-f-]{36}<\/korrelasjonsid>/);
});

t.test('406 KB-008 for a format other than JSON or XML', async (t) => {
  const res = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers: { accept: 'text/csv', ...auth }, payload: {} });
  t.equal(res.statusCode, 406);
  t.equal(res.json().kode, 'KB-008');
});

t.test('415 for a body that is not JSON', async (t) => {
  const res = await app.inject({
    method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers: { 'content-type': 'text/plain', ...auth }, payload: 'hei',
  });
  t.equal(res.statusCode, 415);
  t.equal(res.json().kode, 'KB-006');
});

t.test('400 KB-006 for malformed JSON, with no stack trace', async (t) => {
  const res = await app.inject({
    method: 'POST', url: `${API}/utleggsbegjaering`, headers: { 'content-type': 'application/json', ...auth }, payload: '{"a":',
  });
  t.equal(res.statusCode, 400);
  t.equal(res.json().kode, 'KB-006');
  t.notMatch(res.body, /at .*\.js:\d+/);
});

t.test('400 KB-006 with one kontrollutslag per schema problem', async (t) => {
  const res = await app.inject({
    method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers: auth,
    payload: { begjaeringsdato: 123, kravTilInnkreving: [{ opprinneligBeloep: { beloep: '12' } }] },
  });
  t.equal(res.statusCode, 400);
  const body = res.json();
  t.equal(body.kode, 'KB-006');
  const stier = body.kontrollutslag.map((k: { sti: string }) => k.sti);
  t.ok(stier.includes('/begjaeringsdato'), 'names the date field');
  t.ok(stier.includes('/kravTilInnkreving/0/opprinneligBeloep/beloep'), 'names the amount field');
});

t.test('an unexpected error is 500 KB-001 without internals', async (t) => {
  const local = await buildApp(testConfig());
  t.teardown(() => local.close());
  local.get('/boom', async () => {
    throw new Error('secret internal detail');
  });
  const res = await local.inject({ method: 'GET', url: '/boom' });
  t.equal(res.statusCode, 500);
  t.equal(res.json().kode, 'KB-001');
  t.notMatch(res.body, /secret internal detail/);
});
