/** UGYLDIG_RENTE: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/ugyldig-rente.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('forsinkelsesrente and a two-decimal rate pass', async (t) => {
  expectNone(t, rule, example('enkel'));
  expectNone(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![0]!.renteOpplysning = { avtaltRentesats: 21.99 }; }));
});
t.test('a rate with three decimals', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![0]!.renteOpplysning = { avtaltRentesats: 21.999 }; }), [
    { melding: 'Rente 21.999 er ugyldig. Rente kan ha maks to desimaler og ikke være negativt', sti: '/kravTilInnkreving/0/renteOpplysning/avtaltRentesats' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: the rate a rentekrav was computed with, with three decimals', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.kravTilInnkreving![1]!.rentekrav!.beregnetMedAvtaltRentesats = 8.555; }), [
    { melding: 'Rente 8.555 er ugyldig. Rente kan ha maks to desimaler og ikke være negativt', sti: '/kravTilInnkreving/1/rentekrav/beregnetMedAvtaltRentesats' },
  ], context2()));
t.test('/v2: a negative agreed rate', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.kravTilInnkreving![0]!.renteOpplysning = { avtaltRentesats: -1 }; }), [
    { melding: 'Rente -1 er ugyldig. Rente kan ha maks to desimaler og ikke være negativt', sti: '/kravTilInnkreving/0/renteOpplysning/avtaltRentesats' },
  ], context2()));
