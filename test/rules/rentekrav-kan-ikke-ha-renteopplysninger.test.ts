/** RENTEKRAV_KAN_IKKE_HA_RENTEOPPLYSNINGER: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/rentekrav-kan-ikke-ha-renteopplysninger.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('rentekrav without renteOpplysning pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a rentekrav with renteOpplysning', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![1]!.renteOpplysning = { forsinkelsesrente: true }; }), [
    { melding: 'Rentekrav kan ikke ha renteopplysninger', sti: '/kravTilInnkreving/1/renteOpplysning' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a rentekrav that claims to bear interest itself (rentebaerendeKrav)', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.kravTilInnkreving![1]!.rentebaerendeKrav = { harForsinkelsesrente: true }; }), [
    { melding: 'Rentekrav kan ikke ha renteopplysninger', sti: '/kravTilInnkreving/1/rentebaerendeKrav' },
  ], context2()));
