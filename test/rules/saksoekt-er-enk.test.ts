/** SAKSOEKT_ER_ENK: violated and not violated. */
import t from 'tap';
import rule from '../../rules/saksoekt-er-enk.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('a hovedenhet that is no ENK passes', async (t) => expectNone(t, rule, example('kompleks')));
t.test('the register says so', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.saksoekt![0]!.saksoekt = { adresse: b.saksoekt![0]!.saksoekt!.adresse, virksomhet: { navn: 'X', identifikator: { verdi: '318469784' } } }; }), [
    { melding: 'Saksøkt er ENK', sti: '/saksoekt/0/saksoekt/virksomhet/identifikator/verdi' },
  ]));
