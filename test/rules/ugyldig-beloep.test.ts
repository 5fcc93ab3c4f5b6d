/** UGYLDIG_BELOEP: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/ugyldig-beloep.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('two decimals pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('three decimals and a negative amount', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => {
    const krav = b.kravTilInnkreving![0]!;
    krav.opprinneligBeloep!.beloep = 12469.145;
    krav.innbetaling![1]!.beloep!.beloep = -5;
  }), [
    { melding: 'Beløp 12469.145 er ugyldig. Beløp kan ha maks to desimaler og ikke være negativt', sti: '/kravTilInnkreving/0/opprinneligBeloep/beloep' },
    { melding: 'Beløp -5 er ugyldig. Beløp kan ha maks to desimaler og ikke være negativt', sti: '/kravTilInnkreving/0/innbetaling/1/beloep/beloep' },
  ]));
t.test('the pålydende of a særlig tvangsgrunnlag', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.begjaeringensTvangsgrunnlag![0]!.saerligTvangsgrunnlag!.paalydendeBeloep = 0.001; }), [
    { melding: 'Beløp 0.001 er ugyldig. Beløp kan ha maks to desimaler og ikke være negativt', sti: '/begjaeringensTvangsgrunnlag/0/saerligTvangsgrunnlag/paalydendeBeloep' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});

const ugyldig = (beloep: number | string) => `Beløp ${beloep} er ugyldig. Beløp kan ha maks to desimaler og ikke være negativt`;

t.test('/v2: three decimals and a negative amount', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => {
    b.kravTilInnkreving![0]!.gjenstaaendeBeloep!.beloep = 76.001;
    b.kravTilInnkreving![5]!.opprinneligBeloep!.beloep = -1;
  }), [
    { melding: ugyldig(76.001), sti: '/kravTilInnkreving/0/gjenstaaendeBeloep/beloep' },
    { melding: ugyldig(-1), sti: '/kravTilInnkreving/5/opprinneligBeloep/beloep' },
  ], context2()));
t.test('/v2: the pålydende is ignored (1.1 #2: "vil bli ignorert av mottaker"), even when invalid', async (t) =>
  expectNone(t, rule, edited2('enkel', (b) => { b.begjaeringensTvangsgrunnlag![0]!.saerligTvangsgrunnlag!.paalydendeBeloep = 0.001; }), context2()));
t.test("/v2: the amounts 2.0 adds: a rentekrav's renteGrunnlag, a kravEndring's and a transport's beløp", async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => {
    const [hovedkrav, rentekrav] = b.kravTilInnkreving!;
    rentekrav!.rentekrav!.renteGrunnlag = { beloep: 11000.145, valuta: 'NOK' };
    hovedkrav!.kravEndring = { dato: '2024-07-01', beloep: { beloep: -100, valuta: 'NOK' }, begrunnelse: 'Nedjustert' };
    hovedkrav!.transporterklaering = [
      { dato: '2024-07-01', transportertFra: { verdi: '313182495' }, beloep: { beloep: 0.5, valuta: 'NOK' } },
      { dato: '2024-07-02', transportertFra: { verdi: '313182495' }, beloep: { beloep: 1.005, valuta: 'NOK' } },
    ];
  }), [
    { melding: ugyldig(-100), sti: '/kravTilInnkreving/0/kravEndring/beloep/beloep' },
    { melding: ugyldig(1.005), sti: '/kravTilInnkreving/0/transporterklaering/1/beloep/beloep' },
    { melding: ugyldig(11000.145), sti: '/kravTilInnkreving/1/rentekrav/renteGrunnlag/beloep' },
  ], context2()));
