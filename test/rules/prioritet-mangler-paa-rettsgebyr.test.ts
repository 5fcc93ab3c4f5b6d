/** PRIORITET_MANGLER_PÅ_RETTSGEBYR (/v2 only): violated and not violated. */
import t from 'tap';
import rule from '../../rules/prioritet-mangler-paa-rettsgebyr.js';
import { context2, edited2, example, expectNone, expectViolations } from './fixtures.js';

const MELDING = 'Hvis dere har angitt prioritet på en av kravspostene så må det også angis for rettsgebyret';

t.test('the 2.0 examples pass: enkel gives the fee a priority, kompleks sets no priorities', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});

t.test('the fee claimed without a priority while the krav have priorities', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.kreverRettsgebyrErstattet = {}; }), [{ melding: MELDING, sti: '/kreverRettsgebyrErstattet/prioritetISak' }], context2()));

t.test('only the fee\'s future interest given a priority: still violated', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.kreverRettsgebyrErstattet = { prioritetISakFremtidigRentekrav: 5 }; }), [{ melding: MELDING, sti: '/kreverRettsgebyrErstattet/prioritetISak' }], context2()));

t.test('not violated when the fee is not claimed, or no krav has a priority', async (t) => {
  expectNone(t, rule, edited2('enkel', (b) => { delete b.kreverRettsgebyrErstattet; }), context2());
  expectNone(t, rule, edited2('kompleks', (b) => { b.kreverRettsgebyrErstattet = {}; }), context2());
});

t.test('runs under /v2 only', async (t) => t.same(rule.modeller, ['2.0']));
