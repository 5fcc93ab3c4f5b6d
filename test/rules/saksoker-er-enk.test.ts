/** SAKSOKER_ER_ENK: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/saksoker-er-enk.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('a hovedenhet that is no ENK passes', async (t) => expectNone(t, rule, example('kompleks')));
t.test('the register says so', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.saksoeker![0]!.saksoeker!.virksomhet!.identifikator!.verdi = '318469784'; }), [
    { melding: 'Saksøker er ENK', sti: '/saksoeker/0/saksoeker/virksomhet/identifikator/verdi' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: the register says so', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.saksoeker![0]!.saksoeker!.virksomhet!.identifikator!.verdi = '318469784'; }), [
    { melding: 'Saksøker er ENK', sti: '/saksoeker/0/saksoeker/virksomhet/identifikator/verdi' },
  ], context2()));
