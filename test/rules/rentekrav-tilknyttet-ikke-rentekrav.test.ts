/** RENTEKRAV_TILKNYTTET_IKKE_RENTEKRAV: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/rentekrav-tilknyttet-ikke-rentekrav.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('interest periods on rentekrav pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('an interest period on a cost', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![2]!.erRentekrav = { rentePeriode: { startdato: '2024-01-01' } }; }), [
    { melding: 'Rentekrav kan kun tilknyttes krav med kravdetaljer rentekrav', sti: '/kravTilInnkreving/2/erRentekrav' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: an interest claim on a cost', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.kravTilInnkreving![2]!.rentekrav = { rentePeriode: { startDato: '2024-01-01' } }; }), [
    { melding: 'Rentekrav kan kun tilknyttes krav med kravdetaljer rentekrav', sti: '/kravTilInnkreving/2/rentekrav' },
  ], context2()));
