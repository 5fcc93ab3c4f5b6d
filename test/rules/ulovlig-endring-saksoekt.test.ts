/** ULOVLIG_ENDRING_SAKSOEKT: violated and not violated. */
import t from 'tap';
import type { Begjaering } from '../../rules/lib/model.js';
import rule from '../../rules/ulovlig-endring-saksoekt.js';
import { edited, endring, example, expectNone, expectViolations } from './fixtures.js';

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
