/** INNSENDER_MANGLER: violated and not violated. */
import t from 'tap';
import rule from '../../rules/innsender-mangler.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('an innsender passes', async (t) => expectNone(t, rule, example('enkel')));
t.test('no innsender', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.innsender; }), [
    { melding: 'Begjæringen må inneholde opplysning om innsender', sti: '/innsender' },
  ]));
t.test('an innsender block without the innsender', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.innsender!.innsender; }), [
    { melding: 'Begjæringen må inneholde opplysning om innsender', sti: '/innsender' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: an innsender block with only its prosessfullmektig', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { delete b.innsender!.innsender; }), [
    { melding: 'Begjæringen må inneholde opplysning om innsender', sti: '/innsender' },
  ], context2()));
