/** INNSENDER_MANGLER: violated and not violated. */
import t from 'tap';
import rule from '../../rules/innsender-mangler.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('an innsender passes', async (t) => expectNone(t, rule, example('enkel')));
t.test('no innsender', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.innsender; }), [
    { melding: 'Begjæringen må inneholde opplysning om innsender', sti: '/innsender' },
  ]));
t.test('an innsender block without the innsender', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.innsender!.innsender; }), [
    { melding: 'Begjæringen må inneholde opplysning om innsender', sti: '/innsender' },
  ]));
