/** KRAV_DUPLIKATE_REFERANSER: violated and not violated. */
import t from 'tap';
import rule from '../../rules/krav-duplikate-referanser.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('unique references pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a kravreferanse used twice is reported once, at its second use', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![2]!.kravreferanse = '00890772001'; }), [
    { melding: 'Det foreligger flere krav med kravreferanse 00890772001', sti: '/kravTilInnkreving/2/kravreferanse' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: an innsendersKravreferanse used twice is reported once, at its second use', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.kravTilInnkreving![2]!.innsendersKravreferanse = '00890772001'; }), [
    { melding: 'Det foreligger flere krav med kravreferanse 00890772001', sti: '/kravTilInnkreving/2/innsendersKravreferanse' },
  ], context2()));
