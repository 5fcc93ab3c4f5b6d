/** The case lifecycle: the transition table, the automatic steps on the sandbox clock, and the sandbox actions. */
import t from 'tap';
import { OVERGANGER, SAKSSTATUSER, automatiskNeste, sti } from '../../server/sak/livssyklus.js';
import { varighetMs } from '../../server/sak/varighet.js';
import { API, tokenFor } from '../helpers.js';
import { ORG, TIME, alleHendelser, auth, hentJson, nySak, sakApp, settStatus, statusPaa } from './kit.js';

t.test('the transition table', async (t) => {
  t.same(sti('sakOpprettet', 'sakUnderBehandling'), ['sakUnderBehandling']);
  t.same(sti('sakOpprettet', 'sakAvsluttet'), ['sakUnderBehandling', 'sakForelagt', 'sakBesluttet', 'sakAvsluttet']);
  t.same(sti('sakForelagt', 'sakHevet'), ['sakHevet']);
  t.equal(sti('sakBesluttet', 'sakHevet'), undefined, 'a decided case is not withdrawn');
  t.equal(sti('sakUnderBehandling', 'sakOpprettet'), undefined, 'never backwards');
  t.equal(sti('sakOpprettet', 'sakOpprettet'), undefined, 'no move to the same status');
  for (const slutt of ['sakAvsluttet', 'sakNektetFremmet', 'sakHevet'] as const) {
    t.same(OVERGANGER[slutt], [], `${slutt} is an end state`);
    for (const s of SAKSSTATUSER) t.equal(sti(slutt, s), undefined);
  }
  const automatisk: string[] = ['sakOpprettet'];
  for (let s = automatiskNeste('sakOpprettet'); s; s = automatiskNeste(s)) automatisk.push(s);
  t.same(automatisk, ['sakOpprettet', 'sakUnderBehandling', 'sakForelagt', 'sakBesluttet', 'sakAvsluttet']);
});

t.test('ISO 8601 durations for the clock', async (t) => {
  const fra = new Date('2026-01-31T12:00:00.000Z');
  t.equal(varighetMs('PT2H', fra), 2 * TIME);
  t.equal(varighetMs('PT1M30.5S', fra), 90_500);
  t.equal(varighetMs('P1DT1H', fra), 25 * TIME);
  t.equal(varighetMs('P2W', fra), 14 * 24 * TIME);
  t.equal(varighetMs('P1M', fra), 31 * 24 * TIME, 'calendar month from 31 January: to 3 March (Date arithmetic)');
  for (const bad of ['', 'P', 'PT', '2H', 'PT-1H', 'P1H', 'PT1D', 'P200Y', 'p1d']) t.equal(varighetMs(bad, fra), undefined, bad);
});

t.test('a case moves through every status on the sandbox clock', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const { ref } = await nySak(app, token);

  const forventet = ['sakOpprettet', 'sakUnderBehandling', 'sakForelagt', 'sakBesluttet', 'sakAvsluttet'];
  t.equal((await statusPaa(app, token, ref)).body.saksstatus, 'sakOpprettet');
  await app.clock.advance(ORG, TIME - 60_000);
  t.equal((await statusPaa(app, token, ref)).body.saksstatus, 'sakOpprettet', 'nothing happens before the step is due');
  for (const status of forventet.slice(1)) {
    await app.clock.advance(ORG, TIME);
    t.equal((await statusPaa(app, token, ref)).body.saksstatus, status);
  }
  await app.clock.advance(ORG, 10 * TIME);
  const slutt = (await statusPaa(app, token, ref)).body;
  t.equal(slutt.saksstatus, 'sakAvsluttet', 'an end state stays');
  t.equal(slutt.beslutningsinformasjon[0].type, 'utleggstrekk', 'the configured decision (SAK_BESLUTNING default)');
  t.same(slutt.innsendinger.map((i: { behandlet: string }) => i.behandlet), ['behandlet']);

  const statusHendelser = (await alleHendelser(app, token)).filter((h) => h.type === 'saksstatusEndret' && h.eksternSaksreferanse === ref);
  t.same(statusHendelser.map((h) => h.data.saksstatus), forventet, 'one event per status');
  t.same(statusHendelser.map((h) => h.data.forrigeSaksstatus), [null, ...forventet.slice(0, -1)]);
  t.same(statusHendelser[1].data.behandledeInnsendinger, [1], 'the first step processes version 1');
  t.same(statusHendelser[3].data.beslutning.type, 'utleggstrekk');
});

t.test('SAK_BESLUTNING chooses the automatic decision; SAK_STEG_MS 0 stops automatic progression', async (t) => {
  const pant = await sakApp({ sakBeslutning: 'utleggspant' });
  t.teardown(() => pant.close());
  const token = await tokenFor(pant, ORG);
  const { ref } = await nySak(pant, token);
  await pant.clock.advance(ORG, 3 * TIME);
  const besluttet = (await statusPaa(pant, token, ref)).body;
  t.equal(besluttet.saksstatus, 'sakBesluttet');
  t.equal(besluttet.beslutningsinformasjon[0].type, 'utleggspant');
  t.equal(besluttet.beslutningsinformasjon[0].dato, pant.clock.now(ORG).toISOString().slice(0, 10));

  const stille = await sakApp({ sakStegMs: 0 });
  t.teardown(() => stille.close());
  const token2 = await tokenFor(stille, ORG);
  const sak2 = await nySak(stille, token2);
  await stille.clock.advance(ORG, 1000 * TIME);
  t.equal((await statusPaa(stille, token2, sak2.ref)).body.saksstatus, 'sakOpprettet');
  t.equal(stille.db.prepare('SELECT count(*) FROM planlagt_jobb').pluck().get(), 0, 'nothing scheduled');
});

t.test('sandbox actions: set a status (jumping through the steps), refuse illegal transitions, ask for retting', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const { ref } = await nySak(app, token);

  const ulovlig = await settStatus(app, token, ref, { saksstatus: 'sakOpprettet' });
  t.equal(ulovlig.statusCode, 409);
  t.match(ulovlig.json(), { kode: 'SANDBOX-409', status: 409, melding: /fra sakOpprettet til sakOpprettet/ });

  const feilBeslutning = await settStatus(app, token, ref, { saksstatus: 'sakUnderBehandling', beslutning: 'utleggspant' });
  t.equal(feilBeslutning.statusCode, 400, 'a decision only on the way to sakBesluttet');
  t.equal((await settStatus(app, token, ref, { saksstatus: 'sakForbigått' })).statusCode, 400, 'unknown status (schema)');

  const besluttet = await settStatus(app, token, ref, { saksstatus: 'sakBesluttet', beslutning: 'intetTilUtlegg' });
  t.equal(besluttet.statusCode, 200, besluttet.body);
  t.match(besluttet.json(), { eksternSaksreferanse: ref, saksstatus: 'sakBesluttet', beslutningsinformasjon: [{ type: 'intetTilUtlegg' }] });
  const steg = (await alleHendelser(app, token)).filter((h) => h.type === 'saksstatusEndret').map((h) => h.data.saksstatus);
  t.same(steg, ['sakOpprettet', 'sakUnderBehandling', 'sakForelagt', 'sakBesluttet'], 'every step between is an event');

  const retting = await app.inject({ method: 'POST', url: `/sandbox/saker/${ref}/retting`, headers: auth(token), payload: { melding: 'Legg ved fullmakt' } });
  t.equal(retting.statusCode, 409, 'no retting in a closed case');

  t.equal((await settStatus(app, token, ref, { saksstatus: 'sakHevet' })).statusCode, 409, 'a decided case cannot be hevet');
  await app.clock.advance(ORG, TIME);
  t.equal((await statusPaa(app, token, ref)).body.saksstatus, 'sakAvsluttet', 'the clock continues from the new status');
  t.equal((await settStatus(app, token, ref, { saksstatus: 'sakBesluttet' })).statusCode, 409, 'never backwards');

  const annen = await nySak(app, token);
  const forespurt = await app.inject({ method: 'POST', url: `/sandbox/saker/${annen.ref}/retting`, headers: auth(token), payload: { melding: 'Legg ved fullmakt' } });
  t.equal(forespurt.statusCode, 201, forespurt.body);
  t.match(forespurt.json(), { type: 'rettingForespurt', eksternSaksreferanse: annen.ref, data: { melding: 'Legg ved fullmakt', saksstatus: 'sakOpprettet' } });
  t.equal((await app.inject({ method: 'POST', url: `/sandbox/saker/${annen.ref}/retting`, headers: auth(token), payload: { melding: '' } })).statusCode, 400);

  for (const [til, neste] of [['sakNektetFremmet', 'sakHevet'], ['sakHevet', 'sakNektetFremmet']] as const) {
    const sak = await nySak(app, token);
    t.equal((await settStatus(app, token, sak.ref, { saksstatus: til })).statusCode, 200);
    t.equal((await settStatus(app, token, sak.ref, { saksstatus: neste })).statusCode, 409, `${til} is final`);
    await app.clock.advance(ORG, TIME);
    t.equal((await statusPaa(app, token, sak.ref)).body.saksstatus, til, 'the stale automatic step does nothing');
  }
});

t.test('sandbox actions are scoped to the organisation and need a token', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const { ref } = await nySak(app, token);
  const annen = await tokenFor(app, '311758489');
  const res = await settStatus(app, annen, ref, { saksstatus: 'sakHevet' });
  t.equal(res.statusCode, 404);
  t.equal(res.json().kode, 'KB-009');
  t.equal((await app.inject({ method: 'POST', url: `/sandbox/saker/${ref}/status`, payload: { saksstatus: 'sakHevet' } })).statusCode, 401);
  t.equal((await settStatus(app, token, 'TEST_SAK_OPPRETTET', { saksstatus: 'sakHevet' })).statusCode, 404, 'fixtures do not move');
  t.equal((await statusPaa(app, token, ref)).body.saksstatus, 'sakOpprettet');
});

t.test('/sandbox/klokke reads and advances the clock', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const { ref } = await nySak(app, token);
  const før = await hentJson(app, token, '/sandbox/klokke');
  t.equal(før.status, 200);
  const frem = await app.inject({ method: 'POST', url: '/sandbox/klokke', headers: auth(token), payload: { frem: 'PT2H' } });
  t.equal(frem.statusCode, 200, frem.body);
  const diff = Date.parse(frem.json().naa) - Date.parse(før.body.naa);
  t.ok(diff >= 2 * TIME && diff < 2 * TIME + 5000, `moved two hours (${diff} ms)`);
  t.equal((await statusPaa(app, token, ref)).body.saksstatus, 'sakForelagt', 'due steps ran before the answer');
  const feil = await app.inject({ method: 'POST', url: '/sandbox/klokke', headers: auth(token), payload: { frem: '-PT1H' } });
  t.equal(feil.statusCode, 400);
  t.equal(feil.json().kode, 'KB-006');
  t.equal((await app.inject({ method: 'GET', url: '/sandbox/klokke' })).statusCode, 401);
  t.equal((await app.inject({ method: 'GET', url: `${API}/status/${ref}` })).statusCode, 401);
});
