/** MANGLER_KRAV: violated and not violated. */
import t from 'tap';
import rule from '../../rules/mangler-krav.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('krav pass', async (t) => expectNone(t, rule, example('enkel')));
t.test('an empty kravTilInnkreving', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving = []; }), [{ melding: 'Krav mangler', sti: '/kravTilInnkreving' }]));
t.test('no kravTilInnkreving', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.kravTilInnkreving; }), [{ melding: 'Krav mangler', sti: '/kravTilInnkreving' }]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: an empty kravTilInnkreving', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.kravTilInnkreving = []; }), [{ melding: 'Krav mangler', sti: '/kravTilInnkreving' }], context2()));
