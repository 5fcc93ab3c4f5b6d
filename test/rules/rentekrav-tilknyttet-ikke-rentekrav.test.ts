/** RENTEKRAV_TILKNYTTET_IKKE_RENTEKRAV: violated and not violated. */
import t from 'tap';
import rule from '../../rules/rentekrav-tilknyttet-ikke-rentekrav.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('interest periods on rentekrav pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('an interest period on a cost', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![2]!.erRentekrav = { rentePeriode: { startdato: '2024-01-01' } }; }), [
    { melding: 'Rentekrav kan kun tilknyttes krav med kravdetaljer rentekrav', sti: '/kravTilInnkreving/2/erRentekrav' },
  ]));
