/** MANGLER_KRAV: violated and not violated. */
import t from 'tap';
import rule from '../../rules/mangler-krav.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('krav pass', async (t) => expectNone(t, rule, example('enkel')));
t.test('an empty kravTilInnkreving', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving = []; }), [{ melding: 'Krav mangler', sti: '/kravTilInnkreving' }]));
t.test('no kravTilInnkreving', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.kravTilInnkreving; }), [{ melding: 'Krav mangler', sti: '/kravTilInnkreving' }]));
