/**
 * The error model (SPEC §2): both shapes, JSON/XML, 404/406/415/400/422, Korrelasjonsid everywhere; a KB code only
 * with the status its table gives it, every other status with the sandbox's own SANDBOX-<status>.
 */
import t from 'tap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API, kallhoder, testApp, testConfig, tokenFor } from '../helpers.js';
import { buildApp } from '../../server/app.js';
import { FEILKODER } from '../../server/errors.js';
import { ROOT } from '../../server/paths.js';

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
  t.equal(res.json().kode, 'SANDBOX-415', 'no KB code: the table gives 415 none');
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

t.test('KB-001 … KB-009 are the seed page table, verbatim; every other code is SANDBOX-<its status>', async (t) => {
  const side = readFileSync(join(ROOT, 'seed/utleggsbegjaering-api.md'), 'utf8');
  const tabell = [...side.matchAll(/^\| (KB-\d{3}) +\| (\d{3}) +\| (.+?) +\|$/gm)].map(([, kode, status, tekst]) => [kode, Number(status), tekst]);
  t.equal(tabell.length, 9);
  const kb = Object.entries(FEILKODER).filter(([k]) => k.startsWith('KB-'));
  t.same(kb.map(([k, v]) => [k, v.status, v.tekst]), tabell, 'code, status and Feilområde as the page has them');
  t.ok(kb.every(([, v]) => v.kilde === 'documented'));
  const egne = Object.entries(FEILKODER).filter(([k]) => !k.startsWith('KB-'));
  for (const [k, v] of egne) {
    t.equal(k, `SANDBOX-${v.status}`, `${k} is named by its status`);
    t.equal(v.kilde, 'modelled');
    t.notOk(kb.some(([, d]) => d.status === v.status), `${v.status} has no row in the table`);
  }
});

t.test('422: the rule list under the sandbox code SANDBOX-422, not KB-006 (the table gives KB-006 400)', async (t) => {
  const res = await app.inject({ method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers: { ...auth, ...kallhoder() }, payload: {} });
  t.equal(res.statusCode, 422);
  const body = res.json();
  t.match(body, {
    kode: 'SANDBOX-422', status: 422, title: 'Innholdet er ikke godkjent eller kan ikke valideres',
    type: 'urn:skatteetaten:utleggsbegjaering:feil:SANDBOX-422', melding: 'Begjæringen inneholder semantiske feil',
  });
  t.ok(body.kontrollutslag.length > 1, 'every violated rule');
  for (const k of body.kontrollutslag) t.match(k, { kode: /^[A-Z_]+$/, melding: String, beskrivelse: String, sti: String });
  const xml = await app.inject({
    method: 'POST', url: `${API}/utleggsbegjaering/valider`, headers: { ...auth, ...kallhoder(), accept: 'application/xml' }, payload: {},
  });
  t.match(xml.body, /<feil xmlns="urn:no:skatteetaten:datasamarbeid:feil:v1"><kode>SANDBOX-422<\/kode>/);
});

t.test('a multipart field declared JSON that does not parse is 400 KB-006, not a 406 (KB-008 is about Accept)', async (t) => {
  const grense = 'grense';
  const payload = [
    `--${grense}`, 'Content-Disposition: form-data; name="type"', 'Content-Type: application/json', '', '{ikke json', `--${grense}--`, '',
  ].join('\r\n');
  const res = await app.inject({
    method: 'POST', url: `${API}/vedlegg`, headers: { ...auth, 'content-type': `multipart/form-data; boundary=${grense}` }, payload,
  });
  t.equal(res.statusCode, 400, res.body);
  t.match(res.json(), { kode: 'KB-006', status: 400 });
});
