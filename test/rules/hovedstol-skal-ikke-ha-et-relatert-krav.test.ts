/** HOVEDSTOL_SKAL_IKKE_HA_ET_RELATERT_KRAV: violated and not violated. */
import t from 'tap';
import rule from '../../rules/hovedstol-skal-ikke-ha-et-relatert-krav.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('hovedkrav without relations pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a hovedkrav with a relation', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![0]!.relatertKrav = ['UtenrettsligKostnaderAvHovedkrav_00890772001']; }), [
    { melding: 'Hovedstol har et relatert krav', sti: '/kravTilInnkreving/0/relatertKrav' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a hovedkrav with a relation', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.kravTilInnkreving![0]!.relatertKrav = ['UtenrettsligKostnaderAvHovedkrav_00890772001']; }), [
    { melding: 'Hovedstol har et relatert krav', sti: '/kravTilInnkreving/0/relatertKrav' },
  ], context2()));
