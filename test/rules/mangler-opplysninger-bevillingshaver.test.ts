/** MANGLER_OPPLYSNINGER_BEVILLINGSHAVER: violated and not violated. */
import t from 'tap';
import rule from '../../rules/mangler-opplysninger-bevillingshaver.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('inkassobyråer with bevillingshaver pass', async (t) => expectNone(t, rule, example('enkel')));
t.test('an inkassobyrå without bevillingshaver', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.saksoeker![0]!.prosessfullmektig!.bevillingshaver; }), [
    { melding: 'Inkassobyrået 312597772 må oppgi bevillingshaver', sti: '/saksoeker/0/prosessfullmektig/bevillingshaver' },
  ]));
