/** RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/relaterte-krav-ugyldige-kravreferanser.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('existing relations pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a relation to a krav that does not exist (live text)', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![1]!.relatertKrav = ['FINNES_IKKE']; }), [
    {
      melding: 'Krav med kravreferanse RentekravPåHovedkrav_00890772001_1 peker på relatert krav med kravreferanse FINNES_IKKE som ikke eksisterer',
      sti: '/kravTilInnkreving/1/relatertKrav/0',
    },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a relation to a krav that does not exist', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.kravTilInnkreving![2]!.relatertKrav = ['FINNES_IKKE']; }), [
    {
      melding: 'Krav med kravreferanse UtenrettsligKostnaderAvHovedkrav_00890772001 peker på relatert krav med kravreferanse FINNES_IKKE som ikke eksisterer',
      sti: '/kravTilInnkreving/2/relatertKrav/0',
    },
  ], context2()));
t.test('/v2: a krav is found by its innsendersKravreferanse, not by 0.9\'s kravreferanse', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => {
    const hovedkrav = b.kravTilInnkreving![0]!;
    hovedkrav.kravreferanse = hovedkrav.innsendersKravreferanse;
    delete hovedkrav.innsendersKravreferanse;
    b.kravTilInnkreving!.splice(2, 1);
  }), [
    {
      melding: 'Krav med kravreferanse RentekravPåHovedkrav_00890772001_1 peker på relatert krav med kravreferanse 00890772001 som ikke eksisterer',
      sti: '/kravTilInnkreving/1/relatertKrav/0',
    },
  ], context2()));
