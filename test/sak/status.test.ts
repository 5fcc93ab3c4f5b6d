/** Status på sak: the TEST_SAK_* table for every organisation, own cases, the page's part names at both versions. */
import t from 'tap';
import { API, API_V2, tokenFor } from '../helpers.js';
import { ANNEN_ORG, ORG, hentJson, nySak, sakApp, settStatus, statusPaa, type Json } from './kit.js';

const TABELL: [string, string, boolean][] = [
  ['TEST_SAK_OPPRETTET', 'sakOpprettet', false],
  ['TEST_SAK_UNDER_BEHANDLING', 'sakUnderBehandling', false],
  ['TEST_SAK_NEKTET_FREMMET', 'sakNektetFremmet', false],
  ['TEST_SAK_FORELAGT', 'sakForelagt', false],
  ['TEST_SAK_BESLUTTET', 'sakBesluttet', true],
  ['TEST_SAK_AVSLUTTET', 'sakAvsluttet', true],
  ['TEST_SAK_HEVET', 'sakHevet', false],
];
const AN_REFERANSE = /^UTLBGJ\/\d{4}\/\d+$/;
const KRAV = ['00890772001', 'RentekravPåHovedkrav_00890772001_1', 'UtenrettsligKostnaderAvHovedkrav_00890772001'];

t.test('the TEST_SAK_* table answers the same for two organisations, under the page\'s part names', async (t) => {
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
      t.match(body.alminneligNamsmannsReferanse, AN_REFERANSE, 'the UTLBGJ reference');
      t.same(body.saksoekere, [{ identifikator: '311758489', navn: 'UPERSONLIG FRISK TIGER AS' }], 'Saksøkere: the official example\'s');
      t.same(body.saksoekte, [{ identifikator: '44926701751', navn: 'HENSIKT LYSEGUL' }], 'Saksøkte');
      t.same(body.krav.map((k: Json) => [k.kravreferanse, k.prioritetDekningsloven]), KRAV.map((k) => [k, 'b']), 'Krav, with their artsprioritet');
      for (const gammel of ['namsmannensReferanse', 'beslutninger']) t.notOk(gammel in body, `no ${gammel} any more`);
      if (besluttet) {
        t.same(body.beslutningsinformasjon.map((b: Json) => b.type).sort(), ['intetTilUtlegg', 'utleggspant', 'utleggstrekk'], 'Beslutningsinformasjon');
        for (const b of body.beslutningsinformasjon) for (const k of b.krav) t.ok(k.kravreferanse && k.kravgrunnlagsidentifikator);
      } else {
        t.notOk('beslutningsinformasjon' in body, 'no Beslutningsinformasjon');
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
  const identifikatorer = svar[0]!.flatMap((s) => (s.beslutningsinformasjon ?? []).flatMap((b: Json) => b.krav.map((k: Json) => k.kravgrunnlagsidentifikator)));
  t.equal(new Set(identifikatorer).size, identifikatorer.length, 'kravgrunnlagsidentifikator is unique');
  t.equal(new Set(svar[0]!.map((s) => s.alminneligNamsmannsReferanse)).size, 7);
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
    alminneligNamsmannsReferanse: AN_REFERANSE,
    saksoekere: [{ identifikator: '311758489', navn: 'UPERSONLIG FRISK TIGER AS' }],
    saksoekte: [{ identifikator: '44926701751', navn: 'HENSIKT LYSEGUL' }],
    krav: [{ kravreferanse: '00890772001', prioritetDekningsloven: 'b', kravdetaljer: 'Hovedkrav', gjenstaaendeBeloep: { beloep: 11000.14, valuta: 'NOK' } }, {}, {}],
    innsendinger: [{ versjon: 1, behandlet: 'ubehandlet' }],
  });
  t.equal(ny.alminneligNamsmannsReferanse.split('/')[1], app.clock.now(ORG).toISOString().slice(0, 4), 'the year of submission');
  t.notOk('beslutningsinformasjon' in ny);

  await settStatus(app, token, a.ref, { saksstatus: 'sakBesluttet', beslutning: 'utleggspant' });
  await settStatus(app, token, b.ref, { saksstatus: 'sakBesluttet' });
  const [sa, sb] = [(await statusPaa(app, token, a.ref)).body, (await statusPaa(app, token, b.ref)).body];
  t.equal(sa.beslutningsinformasjon.length, 1);
  t.match(sa.beslutningsinformasjon[0], { type: 'utleggspant', dato: /^\d{4}-\d{2}-\d{2}$/ });
  t.same(sa.beslutningsinformasjon[0].krav.map((k: Json) => k.kravreferanse), KRAV, 'every krav');
  const kgi = [...sa.beslutningsinformasjon[0].krav, ...sb.beslutningsinformasjon[0].krav].map((k: Json) => k.kravgrunnlagsidentifikator);
  t.equal(new Set(kgi).size, 6, 'unique across cases');
  t.same((await statusPaa(app, token, a.ref)).body, sa, 'deterministic');
  t.notSame(sa.alminneligNamsmannsReferanse, sb.alminneligNamsmannsReferanse);

  const lagret = await hentJson(app, token, `${API}/utleggsbegjaering/${a.ref}`);
  t.equal(lagret.body.alminneligNamsmannsReferanse, sa.alminneligNamsmannsReferanse, 'the stored begjæring names it alike');

  const annen = await tokenFor(app, ANNEN_ORG);
  const fremmed = await statusPaa(app, annen, a.ref);
  t.equal(fremmed.status, 404);
  t.equal(fremmed.body.kode, 'KB-009');
});

t.test('the same case at /v2 keys its krav by innsendersKravreferanse, the part names alike', async (t) => {
  const app = await sakApp();
  t.teardown(() => app.close());
  const token = await tokenFor(app, ORG);
  const { ref } = await nySak(app, token);
  await settStatus(app, token, ref, { saksstatus: 'sakBesluttet', beslutning: 'utleggstrekk' });
  const v1 = (await statusPaa(app, token, ref)).body;
  const v2 = (await hentJson(app, token, `${API_V2}/status/${ref}`)).body;
  t.same(v2.krav.map((k: Json) => k.innsendersKravreferanse), KRAV);
  t.same(v2.beslutningsinformasjon[0].krav.map((k: Json) => k.innsendersKravreferanse), KRAV);
  const utenNoekkel = (s: Json) => JSON.parse(JSON.stringify(s).replace(/"(innsendersK|k)ravreferanse"/g, '"ref"')) as Json;
  t.same(utenNoekkel(v2), utenNoekkel(v1), 'otherwise the same answer');
});
