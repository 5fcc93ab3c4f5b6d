/** HOVEDSTOL_SKAL_IKKE_HA_ET_RELATERT_KRAV: violated and not violated. */
import t from 'tap';
import rule from '../../rules/hovedstol-skal-ikke-ha-et-relatert-krav.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('hovedkrav without relations pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a hovedkrav with a relation', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![0]!.relatertKrav = ['UtenrettsligKostnaderAvHovedkrav_00890772001']; }), [
    { melding: 'Hovedstol har et relatert krav', sti: '/kravTilInnkreving/0/relatertKrav' },
  ]));
