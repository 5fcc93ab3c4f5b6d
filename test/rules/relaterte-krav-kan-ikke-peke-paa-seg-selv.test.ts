/** RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/relaterte-krav-kan-ikke-peke-paa-seg-selv.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('relations to other krav pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a krav related to itself', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![1]!.relatertKrav = ['RentekravPåHovedkrav_00890772001_1']; }), [
    { melding: 'Relaterte krav kan ikke peke på seg selv', sti: '/kravTilInnkreving/1/relatertKrav/0' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a krav related to itself (by its innsendersKravreferanse)', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.kravTilInnkreving![1]!.relatertKrav = ['RentekravPåHovedkrav_00890772001_1']; }), [
    { melding: 'Relaterte krav kan ikke peke på seg selv', sti: '/kravTilInnkreving/1/relatertKrav/0' },
  ], context2()));
