/** ULOVLIG_ENDRING_UNDERSKRIFT: violated and not violated. */
import t from 'tap';
import rule from '../../rules/ulovlig-endring-underskrift.js';
import { edited, endring, example, expectNone, expectViolations } from './fixtures.js';

t.test('a new submission is not concerned', async (t) => expectNone(t, rule, edited('enkel', (b) => { b.underskrift = 'Per Sand'; })));
t.test('an endring of other fields passes', async (t) =>
  expectNone(t, rule, edited('enkel', (b) => { b.saksreferanse = 'ny'; }), endring(example('enkel'))));
t.test('an endring that changes underskrift', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.underskrift = 'Per Sand'; }), [{ melding: 'Det er ikke tillatt å endre underskrift', sti: '/underskrift' }], endring(example('enkel'))));
