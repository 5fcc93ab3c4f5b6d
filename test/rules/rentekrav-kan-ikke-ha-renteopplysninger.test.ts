/** RENTEKRAV_KAN_IKKE_HA_RENTEOPPLYSNINGER: violated and not violated. */
import t from 'tap';
import rule from '../../rules/rentekrav-kan-ikke-ha-renteopplysninger.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('rentekrav without renteOpplysning pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a rentekrav with renteOpplysning', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![1]!.renteOpplysning = { forsinkelsesrente: true }; }), [
    { melding: 'Rentekrav kan ikke ha renteopplysninger', sti: '/kravTilInnkreving/1/renteOpplysning' },
  ]));
