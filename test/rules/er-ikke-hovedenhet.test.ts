/** ER_IKKE_HOVEDENHET: violated and not violated. */
import t from 'tap';
import rule from '../../rules/er-ikke-hovedenhet.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('a hovedenhet that is no ENK passes', async (t) => expectNone(t, rule, example('kompleks')));
t.test('the register says so', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.saksoeker![0]!.saksoeker!.virksomhet!.identifikator!.verdi = '316169872'; }), [
    { melding: 'Saksøker er ikke angitt med hovedenhet', sti: '/saksoeker/0/saksoeker/virksomhet/identifikator/verdi' },
  ]));
