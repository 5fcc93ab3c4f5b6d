/** PRIORITET_MANGLER: violated and not violated. */
import t from 'tap';
import rule from '../../rules/prioritet-mangler.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('priority on all krav, or on none, passes', async (t) => {
  expectNone(t, rule, example('enkel'));
  expectNone(t, rule, example('kompleks'));
});
t.test('one krav without priority', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.kravTilInnkreving![1]!.prioritetISak; }), [
    { melding: 'Hvis dere har angitt prioritet på en av kravspostene, må det også angis på de øvrige kravspostene', sti: '/kravTilInnkreving/1/prioritetISak' },
  ]));
