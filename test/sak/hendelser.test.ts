/** The event feed: contents, paging, validation, isolation, and gap-free numbering under concurrency. */
import t from 'tap';
import { API, tokenFor } from '../helpers.js';
import { ANNEN_ORG, ORG, alleHendelser, auth, hentJson, nySak, sakApp, settStatus, type Json } from './kit.js';

const sekvens = (hendelser: Json[]) => hendelser.map((h) => h.sekvensnummer as number);
const fraEn = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

t.test('status changes and retting are events; paging with fraSekvensnummer and maksAntall', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const { ref } = await nySak(app, token);
  await settStatus(app, token, ref, { saksstatus: 'sakUnderBehandling' });
  await app.inject({ method: 'POST', url: `/sandbox/saker/${ref}/retting`, headers: auth(token), payload: { melding: 'Mangler fullmakt' } });

  const alle = await alleHendelser(app, token);
  t.same(sekvens(alle), fraEn(alle.length), 'gap-free from 1');
  const egne = alle.filter((h) => h.eksternSaksreferanse === ref);
  t.same(egne.map((h) => [h.type, h.data.saksstatus]), [
    ['saksstatusEndret', 'sakOpprettet'],
    ['saksstatusEndret', 'sakUnderBehandling'],
    ['rettingForespurt', 'sakUnderBehandling'],
  ]);
  t.match(egne[2], { hendelseId: /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, tidspunkt: /^\d{4}-\d{2}-\d{2}T/, data: { melding: 'Mangler fullmakt' } });
  t.ok(alle.some((h) => h.type === 'vedleggStatusEndret' && h.vedleggUuid), 'attachment outcomes share the feed');

  const side = await hentJson(app, token, `${API}/hendelser?fraSekvensnummer=2&maksAntall=2`);
  t.equal(side.status, 200);
  t.same(sekvens(side.body.hendelser), [2, 3]);
  t.equal(side.body.nesteSekvensnummer, 4);
  const slutt = await hentJson(app, token, `${API}/hendelser?fraSekvensnummer=${alle.length + 1}`);
  t.same(slutt.body, { hendelser: [], nesteSekvensnummer: alle.length + 1 }, 'nothing new: poll again from the same number');
  t.same((await hentJson(app, token, `${API}/hendelser`)).body.hendelser, alle.slice(0, 100), 'defaults: from 1, up to 100');

  for (const query of ['maksAntall=0', 'maksAntall=1001', 'maksAntall=abc', 'fraSekvensnummer=0', 'fraSekvensnummer=-1', 'fraSekvensnummer=1.5', 'fraSekvensnummer=1&fraSekvensnummer=2']) {
    const res = await hentJson(app, token, `${API}/hendelser?${query}`);
    t.equal(res.status, 400, query);
    t.equal(res.body.kode, 'KB-006');
  }

  const annen = await tokenFor(app, ANNEN_ORG);
  t.same((await hentJson(app, annen, `${API}/hendelser`)).body, { hendelser: [], nesteSekvensnummer: 1 }, 'another organisation sees none');
  t.equal((await app.inject({ method: 'GET', url: `${API}/hendelser` })).statusCode, 401);
});

t.test('gap-free and unique under many parallel requests, per organisation', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const annen = await tokenFor(app, ANNEN_ORG);
  const saker = [await nySak(app, token), await nySak(app, token), await nySak(app, token)];
  const foer = (await alleHendelser(app, token)).length;

  const retting = (ref: string, i: number) =>
    app.inject({ method: 'POST', url: `/sandbox/saker/${ref}/retting`, headers: auth(token), payload: { melding: `retting ${i}` } });
  const svar = await Promise.all([
    ...Array.from({ length: 60 }, (_, i) => retting(saker[i % 3]!.ref, i)),
    settStatus(app, token, saker[0]!.ref, { saksstatus: 'sakForelagt' }),
    settStatus(app, token, saker[1]!.ref, { saksstatus: 'sakHevet' }),
    app.clock.advance(ORG, 3_600_000),
  ]);
  t.ok(svar.slice(0, 62).every((r) => typeof r === 'object' && 'statusCode' in r && r.statusCode < 300), 'every request succeeded');

  const alle = await alleHendelser(app, token);
  t.equal(alle.filter((h) => h.type === 'rettingForespurt').length, 60);
  t.ok(alle.length >= foer + 60 + 4, 'and the status changes (their number depends on who came first)');
  t.same(sekvens(alle), fraEn(alle.length), 'gap-free');
  t.equal(new Set(alle.map((h) => h.hendelseId)).size, alle.length, 'unique ids');
  t.same((await hentJson(app, annen, `${API}/hendelser`)).body.hendelser, [], 'nothing leaked to another organisation');
});

t.test('an event rolls back with its caller\'s transaction and leaves no gap', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const publiser = () => app.hendelser.publiser('999999999', 'rettingForespurt', { melding: 'x' }, { eksternSaksreferanse: 'r' });
  t.equal(publiser().sekvensnummer, 1);
  t.throws(() => app.db.transaction(() => {
    t.equal(publiser().sekvensnummer, 2, 'numbered inside the transaction');
    throw new Error('the state change failed');
  })());
  t.equal(publiser().sekvensnummer, 2, 'the rolled-back number is reused: no gap');
  const { hendelser, nesteSekvensnummer } = app.hendelser.hent('999999999', 1, 10);
  t.same(sekvens(hendelser), [1, 2]);
  t.equal(nesteSekvensnummer, 3);
});
