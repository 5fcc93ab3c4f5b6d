/** RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER: violated and not violated. */
import t from 'tap';
import rule from '../../rules/relaterte-krav-ugyldige-kravreferanser.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('existing relations pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a relation to a krav that does not exist (live text)', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![1]!.relatertKrav = ['FINNES_IKKE']; }), [
    {
      melding: 'Krav med kravreferanse RentekravPåHovedkrav_00890772001_1 peker på relatert krav med kravreferanse FINNES_IKKE som ikke eksisterer',
      sti: '/kravTilInnkreving/1/relatertKrav/0',
    },
  ]));
