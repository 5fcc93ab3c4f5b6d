/** Status på sak (the TEST_SAK_* table for every organisation, own cases) and Innsyn i ett trekk. */
import t from 'tap';
import { innsynITrekk, leggTilMaaneder } from '../../server/sak/innsyn.js';
import { TREKKPLIKTIGE, testSak } from '../../server/sak/status.js';
import { API, tokenFor } from '../helpers.js';
import { MODELL } from '../../rules/lib/modell.js';
import { ANNEN_ORG, ORG, TIME, hentJson, nySak, sakApp, settStatus, statusPaa, type Json } from './kit.js';

const TABELL: [string, string, boolean][] = [
  ['TEST_SAK_OPPRETTET', 'sakOpprettet', false],
  ['TEST_SAK_UNDER_BEHANDLING', 'sakUnderBehandling', false],
  ['TEST_SAK_NEKTET_FREMMET', 'sakNektetFremmet', false],
  ['TEST_SAK_FORELAGT', 'sakForelagt', false],
  ['TEST_SAK_BESLUTTET', 'sakBesluttet', true],
  ['TEST_SAK_AVSLUTTET', 'sakAvsluttet', true],
  ['TEST_SAK_HEVET', 'sakHevet', false],
];
const NAMSMANN_REF = /^UTLBGJ\/\d{4}\/\d+$/;

t.test('the TEST_SAK_* table answers the same for two organisations', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const svar: Json[][] = [];
  for (const orgnr of [ORG, ANNEN_ORG]) {
    const token = await tokenFor(app, orgnr);
    const perOrg: Json[] = [];
    for (const [ref, saksstatus, besluttet] of TABELL) {
      const { status, body } = await statusPaa(app, token, ref);
      t.equal(status, 200, `${orgnr} ${ref}`);
      t.equal(body.saksstatus, saksstatus);
      t.match(body.namsmannensReferanse, NAMSMANN_REF);
      t.same(body.saksoekere, [{ identifikator: '311758489', navn: 'UPERSONLIG FRISK TIGER AS' }], 'the official example\'s saksøker');
      t.same(body.saksoekte, [{ identifikator: '44926701751', navn: 'HENSIKT LYSEGUL' }]);
      t.same(body.krav.map((k: Json) => k.kravreferanse), ['00890772001', 'RentekravPåHovedkrav_00890772001_1', 'UtenrettsligKostnaderAvHovedkrav_00890772001']);
      if (besluttet) {
        t.same(body.beslutninger.map((b: Json) => b.type).sort(), ['intetTilUtlegg', 'utleggspant', 'utleggstrekk'], 'beslutningsinformasjon');
        for (const b of body.beslutninger) for (const k of b.krav) t.ok(k.kravreferanse && k.kravgrunnlagsidentifikator);
      } else {
        t.notOk('beslutninger' in body, 'no beslutningsinformasjon');
      }
      perOrg.push(body);
    }
    const ugyldig = await statusPaa(app, token, 'TEST_UGYLDIG');
    t.equal(ugyldig.status, 404);
    t.equal(ugyldig.body.kode, 'KB-009');
    t.equal((await statusPaa(app, token, 'ukjent-referanse')).status, 404);
    svar.push(perOrg);
  }
  t.same(svar[0], svar[1], 'identical for both organisations');
  const identifikatorer = svar[0]!.flatMap((s) => (s.beslutninger ?? []).flatMap((b: Json) => b.krav.map((k: Json) => k.kravgrunnlagsidentifikator)));
  t.equal(new Set(identifikatorer).size, identifikatorer.length, 'kravgrunnlagsidentifikator is unique');
  t.equal(new Set(svar[0]!.map((s) => s.namsmannensReferanse)).size, 7);
});

t.test('an own case: shape, decision with unique kravgrunnlagsidentifikator, isolation', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const a = await nySak(app, token);
  const b = await nySak(app, token);
  const ny = (await statusPaa(app, token, a.ref)).body;
  t.match(ny, {
    eksternSaksreferanse: a.ref,
    saksstatus: 'sakOpprettet',
    namsmannensReferanse: NAMSMANN_REF,
    saksoekere: [{ identifikator: '311758489', navn: 'UPERSONLIG FRISK TIGER AS' }],
    saksoekte: [{ identifikator: '44926701751', navn: 'HENSIKT LYSEGUL' }],
    krav: [{ kravreferanse: '00890772001', kravdetaljer: 'Hovedkrav', gjenstaaendeBeloep: { beloep: 11000.14, valuta: 'NOK' } }, {}, {}],
    innsendinger: [{ versjon: 1, behandlet: 'ubehandlet' }],
  });
  t.equal(ny.namsmannensReferanse.split('/')[1], app.clock.now(ORG).toISOString().slice(0, 4), 'the year of submission');
  t.notOk('beslutninger' in ny);

  await settStatus(app, token, a.ref, { saksstatus: 'sakBesluttet', beslutning: 'utleggspant' });
  await settStatus(app, token, b.ref, { saksstatus: 'sakBesluttet' });
  const [sa, sb] = [(await statusPaa(app, token, a.ref)).body, (await statusPaa(app, token, b.ref)).body];
  t.equal(sa.beslutninger.length, 1);
  t.match(sa.beslutninger[0], { type: 'utleggspant', dato: /^\d{4}-\d{2}-\d{2}$/ });
  t.same(sa.beslutninger[0].krav.map((k: Json) => k.kravreferanse), ny.krav.map((k: Json) => k.kravreferanse), 'every krav');
  const kgi = [...sa.beslutninger[0].krav, ...sb.beslutninger[0].krav].map((k: Json) => k.kravgrunnlagsidentifikator);
  t.equal(new Set(kgi).size, 6, 'unique across cases');
  t.same((await statusPaa(app, token, a.ref)).body, sa, 'deterministic');
  t.notSame(sa.namsmannensReferanse, sb.namsmannensReferanse);

  const annen = await tokenFor(app, ANNEN_ORG);
  const fremmed = await statusPaa(app, annen, a.ref);
  t.equal(fremmed.status, 404);
  t.equal(fremmed.body.kode, 'KB-009');
});

t.test('innsyn i ett trekk: items a–e for utleggstrekk, 404 KB-007 otherwise', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const trekk = await nySak(app, token);
  const pant = await nySak(app, token);
  const innsyn = (ref: string) => hentJson(app, token, `${API}/innsyn/${ref}`);

  const tidlig = await innsyn(trekk.ref);
  t.equal(tidlig.status, 404, 'not decided yet');
  t.equal(tidlig.body.kode, 'KB-007');
  await settStatus(app, token, pant.ref, { saksstatus: 'sakBesluttet', beslutning: 'utleggspant' });
  t.equal((await innsyn(pant.ref)).body.kode, 'KB-007', 'utleggspant has no trekk');
  t.equal((await innsyn('ukjent')).body.kode, 'KB-009');

  await settStatus(app, token, trekk.ref, { saksstatus: 'sakBesluttet', beslutning: 'utleggstrekk' });
  const { status, body } = await innsyn(trekk.ref);
  t.equal(status, 200);
  const sak = (await statusPaa(app, token, trekk.ref)).body;
  t.same(body.grunnlag.krav, sak.beslutninger[0].krav, 'a) the krav of the decision');
  t.ok(TREKKPLIKTIGE.some((p) => p.organisasjonsnummer === body.trekkpliktig.organisasjonsnummer), 'b) a synthetic employer');
  t.same(body.trekk.trekkbeloep, { beloep: 1254, valuta: 'NOK' }, 'c) a tenth of 12532.38, rounded up to whole kroner');
  t.ok(body.trekk.trekkprosent > 0 && body.trekk.trekkprosent <= 25);
  t.same(body.periode, { startdato: sak.beslutninger[0].dato, sluttdato: leggTilMaaneder(sak.beslutninger[0].dato, 10) }, 'd) ten months');
  t.same(body.innbetalinger, [], 'e) nothing paid yet');

  await app.clock.advance(ORG, 65 * 24 * TIME);
  const senere = (await innsyn(trekk.ref)).body;
  t.equal(senere.innbetalinger.length, 2, 'two monthly payments after 65 days');
  t.same(senere.innbetalinger[0], { dato: leggTilMaaneder(sak.beslutninger[0].dato, 1), beloep: { beloep: 1254, valuta: 'NOK' } });
  await app.clock.advance(ORG, 400 * 24 * TIME);
  const ferdig = (await innsyn(trekk.ref)).body;
  const sum = ferdig.innbetalinger.reduce((s: number, i: Json) => s + Math.round(i.beloep.beloep * 100), 0);
  t.equal(sum, 1253238, 'paid in full, never more');
  t.equal(ferdig.innbetalinger.length, 10);

  const fast = await innsyn('TEST_SAK_BESLUTTET');
  t.equal(fast.status, 200, 'the fixtures with utleggstrekk answer too');
  t.same(fast.body.grunnlag.krav.map((k: Json) => k.kravreferanse), ['00890772001']);
  t.equal((await innsyn('TEST_SAK_HEVET')).body.kode, 'KB-007');
});

t.test('innsyn arithmetic', async (t) => {
  t.equal(leggTilMaaneder('2026-01-31', 1), '2026-02-28');
  t.equal(leggTilMaaneder('2024-01-31', 1), '2024-02-29');
  t.equal(leggTilMaaneder('2026-11-15', 3), '2027-02-15');
  const status = testSak('TEST_SAK_BESLUTTET', MODELL['0.9'])!;
  const lav = { organisasjonsnummer: '315000009', navn: 'LAV LØNN AS', maanedsloenn: 2000 };
  const svar = innsynITrekk(status, lav, '2030-01-01')!;
  t.same(svar.trekk, { trekkbeloep: { beloep: 500, valuta: 'NOK' }, trekkprosent: 25 }, 'at most a quarter of the pay');
  t.equal(svar.innbetalinger.length, 23, '11000.14 in 500-kroner months');
  t.same(svar.innbetalinger.at(-1)!.beloep, { beloep: 0.14, valuta: 'NOK' });
  t.equal(innsynITrekk(testSak('TEST_SAK_OPPRETTET', MODELL['0.9'])!, lav, '2030-01-01'), undefined);
});
