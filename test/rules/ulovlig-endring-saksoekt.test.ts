/** ULOVLIG_ENDRING_SAKSOEKT: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import type { Begjaering } from '../../rules/lib/model.js';
import rule from '../../rules/ulovlig-endring-saksoekt.js';
import { context2, edited, edited2, endring, example, expectNone, expectViolations } from './fixtures.js';

const ny = (b: Begjaering) => {
  const saksoekt = structuredClone(b.saksoekt![0]!);
  saksoekt.saksoekt!.person!.identifikator!.verdi = '14838510117';
  b.saksoekt!.push(saksoekt);
};

t.test('a new submission is not concerned', async (t) => expectNone(t, rule, edited('enkel', ny)));
t.test('an endring that removes a saksøkt passes', async (t) =>
  expectNone(t, rule, edited('enkel', (b) => { b.saksoekt = []; }), endring(example('enkel'))));
t.test('an endring that adds a saksøkt', async (t) =>
  expectViolations(t, rule, edited('enkel', ny), [
    { melding: 'Ny saksøkt kan ikke behandles etter nytt regelverk. Send inn korrigeringen på papir.', sti: '/saksoekt/1/saksoekt' },
  ], endring(example('enkel'))));

const forrige2 = () => endring(example('enkel', '2.0'), {}, '2.0');

t.test('/v2: the 2.0 examples pass, new or unchanged in an endring', async (t) => {
  expectNone(t, rule, example('kompleks', '2.0'), context2());
  expectNone(t, rule, example('enkel', '2.0'), forrige2());
});
t.test('/v2: an endring that adds a saksøkt', async (t) =>
  expectViolations(t, rule, edited2('enkel', ny), [
    { melding: 'Ny saksøkt kan ikke behandles etter nytt regelverk. Send inn korrigeringen på papir.', sti: '/saksoekt/1/saksoekt' },
  ], forrige2()));
