/** RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV: violated and not violated. */
import t from 'tap';
import rule from '../../rules/relaterte-krav-kan-ikke-peke-paa-seg-selv.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('relations to other krav pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a krav related to itself', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![1]!.relatertKrav = ['RentekravPåHovedkrav_00890772001_1']; }), [
    { melding: 'Relaterte krav kan ikke peke på seg selv', sti: '/kravTilInnkreving/1/relatertKrav/0' },
  ]));
