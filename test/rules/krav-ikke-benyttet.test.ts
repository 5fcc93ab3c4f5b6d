/** KRAV_IKKE_BENYTTET: violated and not violated. */
import t from 'tap';
import rule from '../../rules/krav-ikke-benyttet.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('every krav listed passes', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a krav no tvangsgrunnlag lists', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.begjaeringensTvangsgrunnlag![0]!.innsendersKravreferanse!.pop(); }), [
    {
      melding: 'Krav med kravreferanse UtenrettsligKostnaderAvHovedkrav_00890772001 er ikke referert til fra begjaeringens tvangsgrunnlag',
      sti: '/kravTilInnkreving/2/kravreferanse',
    },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a krav no tvangsgrunnlag lists', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.begjaeringensTvangsgrunnlag![0]!.innsendersKravreferanse!.pop(); }), [
    {
      melding: 'Krav med kravreferanse UtenrettsligKostnaderAvHovedkrav_00890772001 er ikke referert til fra begjaeringens tvangsgrunnlag',
      sti: '/kravTilInnkreving/2/innsendersKravreferanse',
    },
  ], context2()));
