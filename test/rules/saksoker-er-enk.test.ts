/** SAKSOKER_ER_ENK: violated and not violated. */
import t from 'tap';
import rule from '../../rules/saksoker-er-enk.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('a hovedenhet that is no ENK passes', async (t) => expectNone(t, rule, example('kompleks')));
t.test('the register says so', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.saksoeker![0]!.saksoeker!.virksomhet!.identifikator!.verdi = '318469784'; }), [
    { melding: 'Saksøker er ENK', sti: '/saksoeker/0/saksoeker/virksomhet/identifikator/verdi' },
  ]));
