/** RENTEKRAV_KAN_IKKE_HA_RENTEKRAV: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/rentekrav-kan-ikke-ha-rentekrav.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('rentekrav on rentebærende krav pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a rentekrav related to a rentekrav', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.kravTilInnkreving![2]!.relatertKrav = ['RentekravPåHovedkrav_101461397_1']; }), [
    {
      melding: 'Et rentekrav kan ikke være relatert til et annet rentekrav. Oppgi korrekt relasjon til et rentebærende krav.',
      sti: '/kravTilInnkreving/2/relatertKrav/0',
    },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a rentekrav related to a rentekrav', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.kravTilInnkreving![2]!.relatertKrav = ['RentekravPåHovedkrav_101461397_1']; }), [
    {
      melding: 'Et rentekrav kan ikke være relatert til et annet rentekrav. Oppgi korrekt relasjon til et rentebærende krav.',
      sti: '/kravTilInnkreving/2/relatertKrav/0',
    },
  ], context2()));
