/** KRAV_I_FLERE_TVANGSGRUNNLAG: violated and not violated. */
import t from 'tap';
import rule from '../../rules/krav-i-flere-tvangsgrunnlag.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('each krav in one tvangsgrunnlag passes', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a krav listed by two tvangsgrunnlag', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.begjaeringensTvangsgrunnlag![1]!.innsendersKravreferanse!.push('101461397'); }), [
    { melding: 'Et krav kan ikke inngå i flere tvangsgrunnlag', sti: '/begjaeringensTvangsgrunnlag/1/innsendersKravreferanse/7' },
  ]));
