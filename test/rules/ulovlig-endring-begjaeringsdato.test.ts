/** ULOVLIG_ENDRING_BEGJAERINGSDATO: violated and not violated. */
import t from 'tap';
import rule from '../../rules/ulovlig-endring-begjaeringsdato.js';
import { edited, endring, example, expectNone, expectViolations } from './fixtures.js';

t.test('a new submission is not concerned', async (t) => expectNone(t, rule, edited('enkel', (b) => { b.begjaeringsdato = '2024-02-03'; })));
t.test('an endring of other fields passes', async (t) =>
  expectNone(t, rule, edited('enkel', (b) => { b.saksreferanse = 'ny'; }), endring(example('enkel'))));
t.test('an endring that changes begjaeringsdato', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.begjaeringsdato = '2024-02-03'; }), [{ melding: 'Det er ikke tillatt å endre begjæringens dato', sti: '/begjaeringsdato' }], endring(example('enkel'))));
