/** KRAV_OPPGIS_UTEN_FORFALLSDATO: violated and not violated. */
import t from 'tap';
import rule from '../../rules/krav-oppgis-uten-forfallsdato.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('the official krav pass (0.9 gives kravforfall on rentekrav too)', async (t) => expectNone(t, rule, example('kompleks')));
t.test('sakskostnader for this begjæring with a forfallsdato', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![2]!.kravdetaljer = 'SakskostnaderForSkriving'; }), [
    {
      melding: 'SakskostnaderForSkriving med kravreferanse UtenrettsligKostnaderAvHovedkrav_00890772001 skal oppgis uten forfallsdato',
      sti: '/kravTilInnkreving/2/kravforfall/forfallsdato',
    },
  ]));
