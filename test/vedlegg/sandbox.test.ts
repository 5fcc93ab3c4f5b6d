/** POST /sandbox/vedlegg/{uuid}/status: any status for rehearsing, authenticated, scoped to the organisation. */
import t from 'tap';
import { API, testApp, tokenFor } from '../helpers.js';
import { lastOppVedlegg } from '../vedlegg-fixture.js';
import { VEDLEGG_STATUSER } from '../../server/vedlegg/repository.js';
import { auth, ORG, OTHER_ORG, statusOf, stored } from './kit.js';

const ADMIN = 'admin-hemmelighet-for-test';

t.test('sets every status; outcomes are events; slettet and kassert remove the files', async (t) => {
  const app = await testApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const { uuid } = (await lastOppVedlegg(app, token, { type: 'fullmakt', innsenderReferanse: 'R' })).json();
  await app.clock.settle();
  const before = app.hendelser.hent(ORG, 1, 1000).hendelser.length;

  for (const status of VEDLEGG_STATUSER.filter((s) => s !== 'slettet' && s !== 'kassert')) {
    const res = await app.inject({ method: 'POST', url: `/sandbox/vedlegg/${uuid}/status`, headers: auth(token), payload: { status } });
    t.equal(res.statusCode, 200, `${status}: ${res.body}`);
    t.match(res.json(), { uuid, status, type: 'fullmakt', innsenderReferanse: 'R' });
    t.equal(await statusOf(app, token, uuid), status, `${status} sticks`);
  }
  await app.clock.settle();
  t.equal(await statusOf(app, token, uuid), 'valideringFeilet', 'processing does not continue from a status set by the sandbox');
  const events = app.hendelser.hent(ORG, 1, 1000).hendelser.slice(before);
  t.same(events.map((e) => [e.type, e.vedleggUuid, e.data.status]), [
    ['vedleggStatusEndret', uuid, 'konvertert'],
    ['vedleggStatusEndret', uuid, 'inneholderVirus'],
    ['vedleggStatusEndret', uuid, 'kanIkkeKonverteres'],
    ['vedleggStatusEndret', uuid, 'konverteringFeilet'],
    ['vedleggStatusEndret', uuid, 'valideringFeilet'],
  ], 'outcome statuses are events, processing states are not');

  t.same(stored(app).original, [uuid]);
  const kassert = await app.inject({ method: 'POST', url: `/sandbox/vedlegg/${uuid}/status`, headers: auth(token), payload: { status: 'kassert' } });
  t.equal(kassert.json().status, 'kassert');
  t.same(stored(app), { rows: 1, tmp: [], original: [], pdf: [] }, 'kassert removes the files');
  t.equal(app.hendelser.hent(ORG, 1, 1000).hendelser.at(-1)?.data.status, 'kassert');
  const back = await app.inject({ method: 'POST', url: `/sandbox/vedlegg/${uuid}/status`, headers: auth(token), payload: { status: 'konvertert' } });
  t.equal(back.statusCode, 200);
  const innhold = await app.inject({ method: 'GET', url: `${API}/vedlegg/${uuid}/innhold`, headers: auth(token) });
  t.equal(innhold.statusCode, 409, 'konvertert by decree, but there is no PDF to give');
  t.equal(innhold.json().kode, 'SANDBOX-409');
});

t.test('authenticated, validated and scoped to the organisation', async (t) => {
  const app = await testApp({ sandboxAdminToken: ADMIN });
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const other = await tokenFor(app, OTHER_ORG);
  const { uuid } = (await lastOppVedlegg(app, token, { type: 'annet', innsenderReferanse: 'R' })).json();
  await app.clock.settle();
  const url = `/sandbox/vedlegg/${uuid}/status`;

  const anonymous = await app.inject({ method: 'POST', url, payload: { status: 'kassert' } });
  t.equal(anonymous.statusCode, 401);
  t.equal(anonymous.json().kode, 'KB-004');
  const foreign = await app.inject({ method: 'POST', url, headers: auth(other), payload: { status: 'kassert' } });
  t.equal(foreign.statusCode, 404);
  t.equal(foreign.json().kode, 'KB-009');
  const bad = await app.inject({ method: 'POST', url, headers: auth(token), payload: { status: 'borte' } });
  t.equal(bad.statusCode, 400);
  t.equal(bad.json().kode, 'KB-006');
  const missing = await app.inject({ method: 'POST', url, headers: auth(token), payload: {} });
  t.equal(missing.statusCode, 400);
  t.equal(await statusOf(app, token, uuid), 'konvertert', 'untouched by refused calls');

  const admin = await app.inject({ method: 'POST', url, headers: { ...auth(ADMIN), 'x-orgnr': ORG }, payload: { status: 'kassert' } });
  t.equal(admin.statusCode, 200, admin.body);
  t.equal(admin.json().status, 'kassert');
  const adminElsewhere = await app.inject({ method: 'POST', url, headers: { ...auth(ADMIN), 'x-orgnr': OTHER_ORG }, payload: { status: 'mottatt' } });
  t.equal(adminElsewhere.statusCode, 404, 'the admin token acts for the organisation it names');
});
