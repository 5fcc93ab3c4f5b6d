/** KRAV_I_FLERE_TVANGSGRUNNLAG: violated and not violated. */
import t from 'tap';
import rule from '../../rules/krav-i-flere-tvangsgrunnlag.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('each krav in one tvangsgrunnlag passes', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a krav listed by two tvangsgrunnlag', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.begjaeringensTvangsgrunnlag![1]!.innsendersKravreferanse!.push('101461397'); }), [
    { melding: 'Et krav kan ikke inngå i flere tvangsgrunnlag', sti: '/begjaeringensTvangsgrunnlag/1/innsendersKravreferanse/7' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a krav listed by two tvangsgrunnlag', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.begjaeringensTvangsgrunnlag![1]!.innsendersKravreferanse!.push('101461397'); }), [
    { melding: 'Et krav kan ikke inngå i flere tvangsgrunnlag', sti: '/begjaeringensTvangsgrunnlag/1/innsendersKravreferanse/7' },
  ], context2()));
