/** UGYLDIG_BELOEP: violated and not violated. */
import t from 'tap';
import rule from '../../rules/ugyldig-beloep.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

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
