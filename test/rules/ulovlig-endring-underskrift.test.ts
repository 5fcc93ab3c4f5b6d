/** ULOVLIG_ENDRING_UNDERSKRIFT: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/ulovlig-endring-underskrift.js';
import { context2, edited, edited2, endring, example, expectNone, expectViolations } from './fixtures.js';

t.test('a new submission is not concerned', async (t) => expectNone(t, rule, edited('enkel', (b) => { b.underskrift = 'Per Sand'; })));
t.test('an endring of other fields passes', async (t) =>
  expectNone(t, rule, edited('enkel', (b) => { b.saksreferanse = 'ny'; }), endring(example('enkel'))));
t.test('an endring that changes underskrift', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.underskrift = 'Per Sand'; }), [{ melding: 'Det er ikke tillatt å endre underskrift', sti: '/underskrift' }], endring(example('enkel'))));

const forrige2 = () => endring(example('enkel', '2.0'), {}, '2.0');

t.test('/v2: the 2.0 examples pass, new or unchanged in an endring', async (t) => {
  expectNone(t, rule, example('kompleks', '2.0'), context2());
  expectNone(t, rule, example('enkel', '2.0'), forrige2());
});
t.test('/v2: an endring that changes underskrift', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.underskrift = 'Per Sand'; }), [{ melding: 'Det er ikke tillatt å endre underskrift', sti: '/underskrift' }], forrige2()));
