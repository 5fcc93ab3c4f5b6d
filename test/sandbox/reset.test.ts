/** POST /sandbox/reset: the caller's organisation's data goes, every other organisation's stays, and so do keys. */
import t from 'tap';
import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { API, testApp, tokenFor } from '../helpers.js';
import { ADMIN, ANNEN_ORG, ORG, auth, get, logg, nySak, post, type Json } from './kit.js';

/** Everything an organisation can have: a case (with attachments and events), a webhook, a fault, log entries. */
async function fyll(app: FastifyInstance, token: string, orgnr: string) {
  const { ref, begjaering } = await nySak(app, token, orgnr);
  const uuids = app.db.prepare('SELECT uuid FROM vedlegg WHERE orgnr = ?').pluck().all(orgnr) as string[];
  t.ok(uuids.length > 0 && (begjaering.vedlegg as Json[]).every((v) => uuids.includes(v.uuid)), 'the attachments are uploaded');
  t.equal((await post(app, token, '/sandbox/webhooks', { url: 'http://127.0.0.1:9/krok' })).statusCode, 201);
  t.equal((await post(app, token, '/sandbox/feil', { antall: 5, status: 500, sti: '/betjeningskart' })).statusCode, 201);
  return { ref, uuids };
}

t.test('reset removes one organisation\'s data and says how much; the other organisation keeps everything', async (t) => {
  const app = await testApp({ sakStegMs: 3_600_000 });
  t.teardown(() => app.close());
  const [a, b] = [await tokenFor(app, ORG), await tokenFor(app, ANNEN_ORG)];
  const sakA = await fyll(app, a, ORG);
  const sakB = await fyll(app, b, ANNEN_ORG);
  const loggB = await logg(app, b, 'grense=1000');
  const sakId = (ref: string) => app.db.prepare('SELECT id FROM sak WHERE ekstern_saksreferanse = ?').pluck().get(ref);
  const steg = (id: unknown) => app.db.prepare("SELECT count(*) FROM planlagt_jobb WHERE json_extract(data, '$.sakId') = ?").pluck().get(id);
  const [idA, idB] = [sakId(sakA.ref), sakId(sakB.ref)];
  t.equal(steg(idA), 1, 'A\'s case has its next step pending');

  const res = await post(app, a, '/sandbox/reset');
  t.equal(res.statusCode, 200);
  const svar = res.json() as Json;
  t.match(svar, { orgnr: ORG, saker: 1, versjoner: 1, vedlegg: sakA.uuids.length, webhooks: 1, feil: 1 });
  t.ok(svar.hendelser >= 1 + sakA.uuids.length, `events: ${svar.hendelser}`);
  t.ok(svar.logg >= 5, `log entries: ${svar.logg}`);

  // A: gone.
  t.equal((await get(app, a, `${API}/status/${sakA.ref}`)).statusCode, 404);
  for (const uuid of sakA.uuids) {
    t.equal((await get(app, a, `${API}/vedlegg/${uuid}`)).statusCode, 404);
    t.notOk(existsSync(app.vedlegg.files.originalPath(uuid)), 'the upload is gone');
    t.notOk(existsSync(app.vedlegg.files.pdfPath(uuid)), 'the PDF is gone');
  }
  t.same((await get(app, a, `${API}/hendelser`)).json().hendelser, []);
  t.same((await get(app, a, '/sandbox/webhooks')).json(), []);
  t.same((await get(app, a, '/sandbox/feil')).json(), []);
  t.equal((await logg(app, a, 'grense=1000')).at(-1)?.sti, '/sandbox/reset', 'the log starts with the reset itself');
  t.equal(steg(idA), 0, 'A\'s pending case step is gone (a new case may reuse the row id)');
  const rapport = (await get(app, a, '/sandbox/rapport')).json() as Json;
  t.same(rapport.regelkoderUtloest, []);
  t.notOk((rapport.sjekkliste as Json[]).find((p) => p.id === 'innsending')?.oppfylt, 'the report starts again');

  // B: untouched.
  t.equal((await get(app, b, `${API}/status/${sakB.ref}`)).statusCode, 200);
  for (const uuid of sakB.uuids) {
    t.equal((await get(app, b, `${API}/vedlegg/${uuid}`)).json().status, 'konvertert');
    t.ok(existsSync(app.vedlegg.files.pdfPath(uuid)), 'B\'s PDF stays');
  }
  t.ok((await get(app, b, `${API}/hendelser`)).json().hendelser.length > 0);
  t.equal((await get(app, b, '/sandbox/webhooks')).json().length, 1);
  t.equal((await get(app, b, '/sandbox/feil')).json().length, 1);
  t.same((await logg(app, b, 'grense=1000')).slice(-loggB.length), loggB, 'B\'s log is intact');
  t.equal(steg(idB), 1);

  // Clients and signing keys stay: A's token still works, and A can start again.
  const igjen = await nySak(app, a, ORG);
  t.equal((await get(app, a, `${API}/status/${igjen.ref}`)).statusCode, 200, 'the same token submits again');
  t.equal((await get(app, a, `${API}/hendelser`)).json().hendelser[0].sekvensnummer, 1, 'the event feed starts again at 1');
});

t.test('reset with the admin token acts for the organisation it names; a token only for its own', async (t) => {
  const app = await testApp({ sandboxAdminToken: ADMIN });
  t.teardown(() => app.close());
  const [a, b] = [await tokenFor(app, ORG), await tokenFor(app, ANNEN_ORG)];
  const { ref } = await nySak(app, a, ORG);

  const forsoek = await post(app, b, '/sandbox/reset', undefined, ORG);
  t.equal(forsoek.statusCode, 403);
  t.equal(forsoek.json().kode, 'KB-005');
  t.equal((await get(app, a, `${API}/status/${ref}`)).statusCode, 200, 'B\'s attempt changed nothing');
  t.equal((await app.inject({ method: 'POST', url: '/sandbox/reset' })).statusCode, 401);

  const admin = await post(app, ADMIN, '/sandbox/reset', undefined, ORG);
  t.equal(admin.statusCode, 200);
  t.match(admin.json(), { orgnr: ORG, saker: 1 });
  t.equal((await get(app, a, `${API}/status/${ref}`)).statusCode, 404);
  t.equal((await app.inject({ method: 'POST', url: '/sandbox/reset', headers: auth(ADMIN) })).statusCode, 400, 'the admin token must name one');
});
