/** UGYLDIG_RENTE: violated and not violated. */
import t from 'tap';
import rule from '../../rules/ugyldig-rente.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('forsinkelsesrente and a two-decimal rate pass', async (t) => {
  expectNone(t, rule, example('enkel'));
  expectNone(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![0]!.renteOpplysning = { avtaltRentesats: 21.99 }; }));
});
t.test('a rate with three decimals', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![0]!.renteOpplysning = { avtaltRentesats: 21.999 }; }), [
    { melding: 'Rente 21.999 er ugyldig. Rente kan ha maks to desimaler og ikke være negativt', sti: '/kravTilInnkreving/0/renteOpplysning/avtaltRentesats' },
  ]));
