/** PRIORITET_MANGLER: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/prioritet-mangler.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('priority on all krav, or on none, passes', async (t) => {
  expectNone(t, rule, example('enkel'));
  expectNone(t, rule, example('kompleks'));
});
t.test('one krav without priority', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.kravTilInnkreving![1]!.prioritetISak; }), [
    { melding: 'Hvis dere har angitt prioritet på en av kravspostene, må det også angis på de øvrige kravspostene', sti: '/kravTilInnkreving/1/prioritetISak' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: one krav without priority', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { delete b.kravTilInnkreving![2]!.prioritetISak; }), [
    { melding: 'Hvis dere har angitt prioritet på en av kravspostene, må det også angis på de øvrige kravspostene', sti: '/kravTilInnkreving/2/prioritetISak' },
  ], context2()));
t.test('/v2: the rettsgebyr\'s priority is not a kravpost\'s', async (t) =>
  expectNone(t, rule, edited2('kompleks', (b) => { b.kreverRettsgebyrErstattet = { prioritetISak: '1' }; }), context2()));
