/** ULOVLIG_ENDRING_BEGJAERINGSDATO: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/ulovlig-endring-begjaeringsdato.js';
import { context2, edited, edited2, endring, example, expectNone, expectViolations } from './fixtures.js';

t.test('a new submission is not concerned', async (t) => expectNone(t, rule, edited('enkel', (b) => { b.begjaeringsdato = '2024-02-03'; })));
t.test('an endring of other fields passes', async (t) =>
  expectNone(t, rule, edited('enkel', (b) => { b.saksreferanse = 'ny'; }), endring(example('enkel'))));
t.test('an endring that changes begjaeringsdato', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.begjaeringsdato = '2024-02-03'; }), [{ melding: 'Det er ikke tillatt å endre begjæringens dato', sti: '/begjaeringsdato' }], endring(example('enkel'))));

const forrige2 = () => endring(example('enkel', '2.0'), {}, '2.0');

t.test('/v2: the 2.0 examples pass, new or unchanged in an endring', async (t) => {
  expectNone(t, rule, example('kompleks', '2.0'), context2());
  expectNone(t, rule, example('enkel', '2.0'), forrige2());
});
t.test('/v2: an endring that changes begjaeringsdato', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.begjaeringsdato = '2024-08-02'; }), [{ melding: 'Det er ikke tillatt å endre begjæringens dato', sti: '/begjaeringsdato' }], forrige2()));
