/** SAKSOEKT_ER_IKKE_HOVEDENHET: violated and not violated. */
import t from 'tap';
import rule from '../../rules/saksoekt-er-ikke-hovedenhet.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('a hovedenhet that is no ENK passes', async (t) => expectNone(t, rule, example('kompleks')));
t.test('the register says so', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.saksoekt![0]!.saksoekt = { adresse: b.saksoekt![0]!.saksoekt!.adresse, virksomhet: { navn: 'X', identifikator: { verdi: '316169872' } } }; }), [
    { melding: 'Saksøkt virksomhet er ikke angitt som hovedenhet', sti: '/saksoekt/0/saksoekt/virksomhet/identifikator/verdi' },
  ]));
