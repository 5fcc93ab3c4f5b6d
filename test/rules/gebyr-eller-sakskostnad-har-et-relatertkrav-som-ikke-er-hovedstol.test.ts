/** GEBYR_ELLER_SAKSKOSTNAD_HAR_ET_RELATERTKRAV_SOM_IKKE_ER_HOVEDSTOL: violated and not violated. */
import t from 'tap';
import rule from '../../rules/gebyr-eller-sakskostnad-har-et-relatertkrav-som-ikke-er-hovedstol.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

const MELDING = 'Kravet kan kun relateres til et krav av typen hovedstol.';

t.test('costs related to hovedkrav pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a cost related to a rentekrav', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![2]!.relatertKrav = ['RentekravPåHovedkrav_00890772001_1']; }), [
    { melding: MELDING, sti: '/kravTilInnkreving/2/relatertKrav/0' },
  ]));
t.test('a cost related to nothing', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.kravTilInnkreving![2]!.relatertKrav; }), [
    { melding: MELDING, sti: '/kravTilInnkreving/2/relatertKrav' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a cost related to a rentekrav (found by its innsendersKravreferanse)', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.kravTilInnkreving![2]!.relatertKrav = ['RentekravPåHovedkrav_00890772001_1']; }), [
    { melding: MELDING, sti: '/kravTilInnkreving/2/relatertKrav/0' },
  ], context2()));
t.test('/v2: a cost related to nothing', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { delete b.kravTilInnkreving![2]!.relatertKrav; }), [
    { melding: MELDING, sti: '/kravTilInnkreving/2/relatertKrav' },
  ], context2()));
