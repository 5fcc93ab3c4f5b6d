/** KRAV_IKKE_BENYTTET: violated and not violated. */
import t from 'tap';
import rule from '../../rules/krav-ikke-benyttet.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('every krav listed passes', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a krav no tvangsgrunnlag lists', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.begjaeringensTvangsgrunnlag![0]!.innsendersKravreferanse!.pop(); }), [
    {
      melding: 'Krav med kravreferanse UtenrettsligKostnaderAvHovedkrav_00890772001 er ikke referert til fra begjaeringens tvangsgrunnlag',
      sti: '/kravTilInnkreving/2/kravreferanse',
    },
  ]));
