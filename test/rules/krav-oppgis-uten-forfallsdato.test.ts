/** KRAV_OPPGIS_UTEN_FORFALLSDATO: violated and not violated. */
import t from 'tap';
import rule from '../../rules/krav-oppgis-uten-forfallsdato.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('the official krav pass (0.9 gives kravforfall on rentekrav too)', async (t) => expectNone(t, rule, example('kompleks')));
t.test('sakskostnader for this begjæring with a forfallsdato', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![2]!.kravdetaljer = 'SakskostnaderForSkriving'; }), [
    {
      melding: 'SakskostnaderForSkriving med kravreferanse UtenrettsligKostnaderAvHovedkrav_00890772001 skal oppgis uten forfallsdato',
      sti: '/kravTilInnkreving/2/kravforfall/forfallsdato',
    },
  ]));

t.test('/v2: the 2.0 examples pass (their rentekrav have no kravforfall)', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a rentekrav with a forfallsdato (1.1 #13)', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.kravTilInnkreving![1]!.kravforfall = { forfallsdato: '2024-06-15' }; }), [
    {
      melding: 'Rentekrav med kravreferanse RentekravPåHovedkrav_00890772001_1 skal oppgis uten forfallsdato',
      sti: '/kravTilInnkreving/1/kravforfall/forfallsdato',
    },
  ], context2()));
