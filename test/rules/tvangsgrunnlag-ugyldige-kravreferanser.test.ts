/** TVANGSGRUNNLAG_UGYLDIGE_KRAVREFERANSER: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/tvangsgrunnlag-ugyldige-kravreferanser.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('existing references pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a reference to a krav that does not exist', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.begjaeringensTvangsgrunnlag![0]!.innsendersKravreferanse!.push('UKJENT'); }), [
    { melding: 'Begjæringens tvangsgrunnlag med kravreferanse UKJENT peker på krav som ikke eksisterer', sti: '/begjaeringensTvangsgrunnlag/0/innsendersKravreferanse/3' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a reference to a krav that does not exist', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.begjaeringensTvangsgrunnlag![1]!.innsendersKravreferanse![0] = 'UKJENT'; }), [
    { melding: 'Begjæringens tvangsgrunnlag med kravreferanse UKJENT peker på krav som ikke eksisterer', sti: '/begjaeringensTvangsgrunnlag/1/innsendersKravreferanse/0' },
  ], context2()));
