/** Endring through the API: every rule that applies only to changes, stored versions, and parallel changes. */
import t from 'tap';
import { API, example, tokenFor } from '../helpers.js';
import { ANNEN_ORG, ORG, TIME, auth, endre, hentJson, koder, nySak, sakApp, settStatus, type Json } from './kit.js';

const kompleks = example('kompleks') as Json;

t.test('UAVKLART_STATUS while version 1 is ubehandlet; accepted once the case has taken a step', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const { ref, begjaering } = await nySak(app, token);
  const endret = { ...begjaering, saksreferanse: 'ny saksreferanse' };

  for (const valider of [false, true]) {
    const res = await endre(app, token, ref, endret, valider);
    t.equal(res.statusCode, 422, `${valider ? 'valider' : 'endre'}: refused`);
    t.same(koder(res.json()), ['UAVKLART_STATUS']);
    t.equal(res.json().kontrollutslag[0].melding,
      `Sak med referanse ${ref} har eksisterende innsendinger som ikke er behandlet. Endringer er for tiden ikke tillatt, prøv igjen senere`);
  }

  await app.clock.advance(ORG, TIME);
  const validert = await endre(app, token, ref, endret, true);
  t.equal(validert.statusCode, 204, validert.body);
  t.equal(validert.body, '');
  t.equal((await hentJson(app, token, `${API}/utleggsbegjaering/${ref}`)).body.versjoner.length, 1, 'valider stores nothing');

  const lagret = await endre(app, token, ref, endret);
  t.equal(lagret.statusCode, 204, lagret.body);
  t.equal(lagret.body, '', 'empty body');
  t.equal(lagret.headers.location, `http://localhost:8080${API}/utleggsbegjaering/${ref}`);

  const { body } = await hentJson(app, token, `${API}/utleggsbegjaering/${ref}`);
  t.same(body.versjoner.map((v: Json) => [v.versjon, v.behandlet, v.begjaering.saksreferanse]), [
    [1, 'behandlet', 'saksref. 123456'],
    [2, 'ubehandlet', 'ny saksreferanse'],
  ], 'both versions kept, the new one ubehandlet');

  const igjen = await endre(app, token, ref, { ...endret, saksreferanse: 'tredje' });
  t.same(koder(igjen.json()), ['UAVKLART_STATUS'], 'version 2 is ubehandlet');

  await app.clock.advance(ORG, TIME);
  const status = (await hentJson(app, token, `${API}/status/${ref}`)).body;
  t.equal(status.saksstatus, 'sakForelagt');
  t.same(status.innsendinger.map((i: Json) => i.behandlet), ['behandlet', 'behandlet'], 'the next step processed version 2');
  t.equal((await endre(app, token, ref, { ...endret, saksreferanse: 'tredje' })).statusCode, 204);
});

t.test('UGYLDIG_STATUS in every closed status, with %tilstand', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  for (const tilstand of ['sakBesluttet', 'sakAvsluttet', 'sakNektetFremmet', 'sakHevet']) {
    const { ref, begjaering } = await nySak(app, token);
    t.equal((await settStatus(app, token, ref, { saksstatus: tilstand })).statusCode, 200);
    for (const valider of [false, true]) {
      const res = await endre(app, token, ref, begjaering, valider);
      t.equal(res.statusCode, 422);
      t.same(koder(res.json()), ['UGYLDIG_STATUS'], tilstand);
      t.equal(res.json().kontrollutslag[0].melding, `Sak med referanse ${ref} har tilstand ${tilstand}. Endringer er ikke lenger tillatt`);
    }
  }
});

t.test('ULOVLIG_ENDRING_*: begjæringsdato, innsender, underskrift, saksøker, saksøkt', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const { ref, begjaering } = await nySak(app, token);
  await app.clock.advance(ORG, TIME);

  const annenInnsender = structuredClone(begjaering);
  annenInnsender.innsender.innsender.virksomhet.identifikator.verdi = '311758489';
  const nySaksoeker = structuredClone(begjaering);
  nySaksoeker.saksoeker[0].saksoeker = kompleks.saksoeker[0].saksoeker;
  const nySaksoekt = structuredClone(begjaering);
  nySaksoekt.saksoekt.push({ saksoekt: kompleks.saksoekt[0].saksoekt });

  const tilfeller: [string, Json][] = [
    ['ULOVLIG_ENDRING_BEGJAERINGSDATO', { ...begjaering, begjaeringsdato: '2024-02-03' }],
    ['ULOVLIG_ENDRING_INNSENDER', annenInnsender],
    ['ULOVLIG_ENDRING_UNDERSKRIFT', { ...begjaering, underskrift: 'Per Sand' }],
    ['ULOVLIG_ENDRING_SAKSOEKER', nySaksoeker],
    ['ULOVLIG_ENDRING_SAKSOEKT', nySaksoekt],
  ];
  for (const [kode, endret] of tilfeller) {
    for (const valider of [false, true]) {
      const res = await endre(app, token, ref, endret, valider);
      t.equal(res.statusCode, 422, `${kode} (${valider ? 'valider' : 'endre'})`);
      t.ok(koder(res.json()).includes(kode), `${kode} in ${koder(res.json())}`);
    }
  }
  t.equal((await hentJson(app, token, `${API}/utleggsbegjaering/${ref}`)).body.versjoner.length, 1, 'nothing refused was stored');
  t.equal((await endre(app, token, ref, begjaering)).statusCode, 204, 'the unchanged begjæring is a valid endring');
});

t.test('404 KB-009 for an unknown case and for another organisation\'s case; 400 for a malformed body', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const { ref, begjaering } = await nySak(app, token);
  await app.clock.advance(ORG, TIME);
  for (const valider of [false, true]) {
    const ukjent = await endre(app, token, 'finnes-ikke', begjaering, valider);
    t.equal(ukjent.statusCode, 404);
    t.equal(ukjent.json().kode, 'KB-009');
    t.equal((await endre(app, token, 'TEST_SAK_OPPRETTET', begjaering, valider)).statusCode, 404);
  }
  const annen = await tokenFor(app, ANNEN_ORG);
  const fremmed = await endre(app, annen, ref, begjaering);
  t.equal(fremmed.statusCode, 404, 'not 403: existence does not leak');
  t.equal(fremmed.json().kode, 'KB-009');
  const feilType = await endre(app, token, ref, { ...begjaering, begjaeringsdato: 20240202 });
  t.equal(feilType.statusCode, 400);
  t.equal((await app.inject({ method: 'PUT', url: `${API}/utleggsbegjaering/${ref}`, payload: begjaering })).statusCode, 401);
});

t.test('parallel endringer of one case: exactly one is stored, the others get UAVKLART_STATUS', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const { ref, begjaering } = await nySak(app, token);
  await app.clock.advance(ORG, TIME);

  const svar = await Promise.all(
    Array.from({ length: 12 }, (_, i) => app.inject({ method: 'PUT', url: `${API}/utleggsbegjaering/${ref}`, headers: auth(token), payload: { ...begjaering, saksreferanse: `parallell ${i}` } })),
  );
  t.equal(svar.filter((r) => r.statusCode === 204).length, 1, 'one winner');
  for (const r of svar.filter((r) => r.statusCode !== 204)) {
    t.equal(r.statusCode, 422);
    t.same(koder(r.json()), ['UAVKLART_STATUS']);
  }
  const versjoner = (await hentJson(app, token, `${API}/utleggsbegjaering/${ref}`)).body.versjoner as Json[];
  t.same(versjoner.map((v) => v.versjon), [1, 2]);
});

t.test('the database decides a lost race: a stale endring is not stored over a newer version', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const { ref, begjaering } = await nySak(app, token);
  await app.clock.advance(ORG, TIME);
  const sak = app.saker.hent(ORG, ref)!;
  // Two requests read the case before either stored (as two processes on one file could).
  const a = app.saksbehandling.endringsgrunnlag(sak);
  const b = app.saksbehandling.endringsgrunnlag(sak);
  t.equal(a.nesteVersjon, 2);
  t.ok(app.saksbehandling.endre(a, { ...begjaering, saksreferanse: 'a' }, '0.9'));
  t.notOk(app.saksbehandling.endre(b, { ...begjaering, saksreferanse: 'b' }, '0.9'), 'the loser is refused');
  t.notOk(app.saker.leggTilVersjon(sak, 3, begjaering, '0.9', app.clock.now(ORG)), 'nor stored under the next number while v2 is ubehandlet');
  t.match(app.saksbehandling.endringsgrunnlag(sak).kontekst, { harUbehandletInnsending: true, saksstatus: 'sakUnderBehandling' });
  // Even when nothing is ubehandlet any more, the primary key (sak_id, versjon) refuses the stale number.
  app.db.prepare("UPDATE begjaering_versjon SET behandlet = 'behandlet'").run();
  t.notOk(app.saksbehandling.endre(b, { ...begjaering, saksreferanse: 'b' }, '0.9'), 'the primary key refuses version 2 twice');
  t.same(app.saker.versjoner(sak).map((v) => [v.versjon, v.begjaering.saksreferanse]), [[1, 'saksref. 123456'], [2, 'a']]);
});
