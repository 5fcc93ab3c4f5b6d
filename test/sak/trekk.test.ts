/** The synthetic samordnet trekk (server/sak/trekk.ts) and its innsyn (server/sak/innsyn.ts), without the API. */
import t from 'tap';
import { leggTilDager, leggTilMaaneder } from '../../server/sak/dato.js';
import { innsynITrekk, trekkFor, type Innsyn } from '../../server/sak/innsyn.js';
import { TREKKPLIKTIGE, testSak, testTrekk } from '../../server/sak/testsaker.js';
import { rang, simuler, syntetiskOppsett, trekkMed, type Trekk, type TrekkKrav } from '../../server/sak/trekk.js';
import { MODELL } from '../../rules/lib/modell.js';

const LOENN = { organisasjonsnummer: '315000009', navn: 'SYNTETISK ARBEIDSGIVER AS', maanedsloenn: 40_000 };
const krav = (artsprioritet: TrekkKrav['artsprioritet'], tidsprioritet: string, kroner: number, kgi?: string): TrekkKrav => ({
  artsprioritet,
  tidsprioritet,
  oere: kroner * 100,
  ...(kgi && { kravgrunnlagsidentifikator: kgi }),
});
const trekk = (kravene: TrekkKrav[], kronerPerMaaned: number, bidrag = 0): Trekk => ({
  fra: '2026-03-15',
  krav: kravene,
  bidragOere: bidrag * 100,
  paalegg: [{ trekkpliktig: LOENN, oere: kronerPerMaaned * 100, prosent: 10, gjelderFra: '2026-03-15' }],
});

t.test('calendar arithmetic', async (t) => {
  t.equal(leggTilMaaneder('2026-01-31', 1), '2026-02-28');
  t.equal(leggTilMaaneder('2024-01-31', 1), '2024-02-29');
  t.equal(leggTilMaaneder('2026-11-15', 3), '2027-02-15');
  t.equal(leggTilMaaneder('2026-03-31', -1), '2026-02-28');
  t.equal(leggTilDager('2026-03-01', -1), '2026-02-28');
  t.equal(leggTilDager('2026-01-01', -540), '2024-07-10');
});

t.test('the order of cover: bidrag, the old rules by time, then artsprioritet, equal ones pro rata', async (t) => {
  const kravene = [
    krav('b', '2026-03-15', 300, 'KGI-1'),
    krav('e', '2025-06-01', 1000),
    krav('a', '2026-02-01', 500),
    krav('b', '2026-01-10', 100),
  ];
  t.ok(rang(kravene[1]!) < rang(kravene[2]!), 'an old-rules krav goes before artsprioritet a');
  t.equal(rang(kravene[0]!), rang(kravene[3]!), 'the same artsprioritet under the new rules: equal');

  const stand = simuler(trekk(kravene, 600, 100), '2030-01-01');
  t.same(stand.trekkdager.map((d) => d.dato), ['2026-04-15', '2026-05-15', '2026-06-15', '2026-07-15'], 'monthly, until all is covered');
  t.same(stand.trekkdager.map((d) => d.plassert), [
    [0, 50000, 0, 0],
    [0, 50000, 0, 0],
    [0, 0, 50000, 0],
    [30000, 0, 0, 10000],
  ]);
  t.same(stand.trekkdager.map((d) => d.trukket), [60000, 60000, 60000, 50000], 'the last month takes only what is owed');
  t.same(stand.gjenstaaende, [0, 0, 0, 0]);

  const delt = simuler(trekk([krav('b', '2026-03-15', 300), krav('b', '2026-03-20', 100)], 200), '2026-04-15');
  t.same(delt.trekkdager[0]!.plassert, [15000, 5000], 'forholdsmessig: 3:1');
  const oere = simuler(trekk([krav('c', '2026-03-15', 1), krav('c', '2026-03-15', 1), krav('c', '2026-03-15', 1)], 1), '2026-04-15');
  t.same(oere.trekkdager[0]!.plassert, [34, 33, 33], 'the odd øre to the first');
  t.same(simuler(trekk(kravene, 600), '2026-04-14').trekkdager, [], 'nothing before the first month is over');
});

t.test('the synthetic trekk: drawn from the case, the same every time, within its bounds', async (t) => {
  const egne = [{ kravgrunnlagsidentifikator: 'KGI-9-1', artsprioritet: 'b' as const, oere: 1_100_014 }];
  const trekk = (noekkel: string) => trekkMed('2026-12-06', egne, syntetiskOppsett(noekkel, '2026-12-06', 'b', TREKKPLIKTIGE));
  t.same(trekk('sak-a'), trekk('sak-a'), 'deterministic');
  const alle = Array.from({ length: 40 }, (_, i) => trekk(`sak-${i}`));
  t.ok(new Set(alle.map((x) => JSON.stringify(x))).size > 30, 'other cases, other trekk');
  for (const x of alle) {
    t.same(x.krav[0], { ...egne[0], tidsprioritet: '2026-12-06' }, 'the saksøker\'s krav first, from the decision');
    const [likestilt, ...andre] = x.krav.slice(1);
    t.ok(likestilt!.kravgrunnlagsidentifikator === undefined && rang(likestilt!) === rang(x.krav[0]!) && likestilt!.oere >= 5_000_000 && likestilt!.oere < 25_000_000,
      'another creditor of the same kind shares with it');
    t.ok(andre.length >= 2 && andre.length <= 5);
    t.ok(andre.every((k) => k.kravgrunnlagsidentifikator === undefined && k.oere >= 100_000 && k.oere < 3_000_000 && k.tidsprioritet <= '2026-12-06' && k.tidsprioritet >= '2025-06-14'));
    t.equal(x.paalegg[0]!.gjelderFra, '2026-12-06');
    t.ok(x.paalegg.every((p) => [5, 10, 15, 20].includes(p.prosent) && p.oere === (p.trekkpliktig.maanedsloenn * p.prosent) / 100 * 100));
    if (x.paalegg[1]) t.same([x.paalegg[1].gjelderFra, x.paalegg[1].trekkpliktig === x.paalegg[0]!.trekkpliktig], ['2027-03-06', false]);
    t.ok(x.bidragOere >= 0 && x.bidragOere < x.paalegg[0]!.oere);
  }
  t.ok(alle.some((x) => x.paalegg.length === 2) && alle.some((x) => x.bidragOere > 0) && alle.some((x) => x.krav.some((k) => rang(k) < '1')), 'every variant occurs');

  for (const x of alle.slice(0, 10)) {
    const stand = simuler(x, '2029-12-31');
    x.krav.forEach((k, i) => t.equal(stand.gjenstaaende[i]! + stand.trekkdager.reduce((s, d) => s + d.plassert[i]!, 0), k.oere, 'nothing lost'));
    for (const d of stand.trekkdager) t.ok(d.trukket <= x.paalegg.filter((p) => p.gjelderFra <= d.dato).reduce((s, p) => s + p.oere, 0), 'never more than the pålegg');
  }
});

t.test('the innsyn of TEST_SAK_BESLUTTET: its written-out trekk, by hand', async (t) => {
  const status = testSak('TEST_SAK_BESLUTTET', MODELL['0.9'])!;
  const innsyn = (idag: string) => innsynITrekk(status, MODELL['0.9'], idag) as Innsyn;
  const nok = (beloep: number) => ({ beloep, valuta: 'NOK' });

  // On the decision's day: behind an old-rules krav of 9 500 and an a-krav of 14 200, beside a b-krav of 365 000.
  const foerst = innsyn('2026-02-02');
  t.same(foerst, {
    eksternSaksreferanse: 'TEST_SAK_BESLUTTET',
    alminneligNamsmannsReferanse: 'UTLBGJ/2026/9000005',
    innsynsdato: '2026-02-02',
    krav: [{
      kravreferanse: '00890772001',
      kravgrunnlagsidentifikator: 'KGI-TEST-5-1',
      prioritetDekningsloven: 'b',
      gjenstaaendeBeloep: nok(11000.14),
      sumKravMedBedreArtsprioritet: nok(23700),
      sumKravMedLikArtsprioritet: nok(376000.14),
      dividendegrunnlag: { kravet: nok(11000.14), deAndreKravene: nok(365000) },
    }],
    loependeBidragskrav: nok(1500),
    mottatteOgPlasserteBeloep: [],
    trekkpaalegg: [
      { trekkpliktig: { organisasjonsnummer: '315000009', navn: 'SYNTETISK ARBEIDSGIVER AS' }, trekketsStoerrelse: { trekkbeloep: nok(6300), trekkprosent: 15 }, gjelderFra: '2026-02-02' },
      { trekkpliktig: { organisasjonsnummer: '315237572', navn: 'PRØVE PENSJONSKASSE' }, trekketsStoerrelse: { trekkbeloep: nok(2700), trekkprosent: 10 }, gjelderFra: '2026-05-02' },
    ],
  });

  // March and April 4 800 each (6 300 less the bidrag): the old krav, then 100 on the a-krav; May 7 500 more on it.
  const mai = innsyn('2026-05-20');
  t.same(mai.sistGjennomfoerteTrekk, { dato: '2026-05-02', beloep: nok(9000) }, 'd) both pålegg from May');
  t.same(mai.mottatteOgPlasserteBeloep, [{ dato: '2026-05-02', mottatt: nok(9000), plassert: [] }], 'd) from 20 April: nothing on the saksøker\'s krav yet');
  t.same(mai.krav[0]!.sumKravMedBedreArtsprioritet, nok(6600), 'a) what is left of the a-krav');

  // June: 6 600 covers the a-krav, 900 is shared 11 000.14 : 365 000; from July all 7 500.
  const juli = innsyn('2026-07-02');
  t.same(juli.mottatteOgPlasserteBeloep.map((m) => m.dato), ['2026-06-02', '2026-07-02'], 'd) today and one month back');
  const [juni, juliPlassert] = juli.mottatteOgPlasserteBeloep.map((m) => m.plassert[0]!.beloep.beloep);
  t.same([juni, juliPlassert], [26.34, 219.42], 'd) placed forholdsmessig');
  const k = juli.krav[0]!;
  t.same(k.sumKravMedBedreArtsprioritet, nok(0), 'a) nothing ahead any more');
  t.equal(k.gjenstaaendeBeloep.beloep, Math.round((11000.14 - juni! - juliPlassert!) * 100) / 100, 'what is left = the krav less what was placed on it');
  t.equal(Math.round(k.sumKravMedLikArtsprioritet.beloep * 100), Math.round((37_600_014 - 840_000)), 'b) less June\'s 900 and July\'s 7 500');
  t.same(innsyn('2026-07-02'), juli, 'deterministic');

  t.match(innsynITrekk(status, MODELL['0.9'], '2040-01-01'), { grunn: /avsluttet: kravene i saken er dekket/ }, 'covered in full by 2040: closed');
  t.notOk('grunn' in innsyn('2029-12-31'), 'open for years');
  const avsluttet = testSak('TEST_SAK_AVSLUTTET', MODELL['0.9'])!;
  t.match(innsynITrekk(avsluttet, MODELL['0.9'], '2029-12-31'), { krav: [{ kravgrunnlagsidentifikator: 'KGI-TEST-6-1' }] }, 'sakAvsluttet: its trekk runs on');
  t.match(innsynITrekk(testSak('TEST_SAK_OPPRETTET', MODELL['0.9'])!, MODELL['0.9'], '2026-07-02'), { grunn: /ikke noe etablert utleggstrekk/ });
  t.equal(testTrekk('TEST_SAK_OPPRETTET'), undefined, 'only the fixtures with an utleggstrekk write one out');
});

t.test('an own case\'s trekk: its decision\'s krav beside the drawn oppsett', async (t) => {
  const status = testSak('TEST_SAK_BESLUTTET', MODELL['2.0'])!;
  const egen = { ...status, eksternSaksreferanse: 'en-egen-sak' };
  const beslutning = egen.beslutningsinformasjon!.find((b) => b.type === 'utleggstrekk')!;
  const trekket = trekkFor(egen, beslutning, MODELL['2.0']);
  t.same(trekket, trekkMed('2026-02-02', [{ kravgrunnlagsidentifikator: 'KGI-TEST-5-1', artsprioritet: 'b', oere: 1_100_014 }], syntetiskOppsett('en-egen-sak', '2026-02-02', 'b', TREKKPLIKTIGE)));
  const svar = innsynITrekk(egen, MODELL['2.0'], '2026-02-02') as Innsyn;
  t.equal(svar.krav[0]!.innsendersKravreferanse, '00890772001', 'keyed as model 2.0 keys krav');
  const foran = trekket.krav.slice(1).filter((x) => rang(x) < rang(trekket.krav[0]!)).reduce((sum, x) => sum + x.oere, 0);
  t.equal(Math.round(svar.krav[0]!.sumKravMedBedreArtsprioritet.beloep * 100), foran, 'a) the drawn krav ahead');
});
