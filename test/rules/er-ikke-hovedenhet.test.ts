/** ER_IKKE_HOVEDENHET: violated and not violated. */
import t from 'tap';
import rule from '../../rules/er-ikke-hovedenhet.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('a hovedenhet that is no ENK passes', async (t) => expectNone(t, rule, example('kompleks')));
t.test('the register says so', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.saksoeker![0]!.saksoeker!.virksomhet!.identifikator!.verdi = '316169872'; }), [
    { melding: 'Saksøker er ikke angitt med hovedenhet', sti: '/saksoeker/0/saksoeker/virksomhet/identifikator/verdi' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a saksøker the register knows as an underenhet', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.saksoeker![0]!.saksoeker!.virksomhet!.identifikator!.verdi = '316169872'; }), [
    { melding: 'Saksøker er ikke angitt med hovedenhet', sti: '/saksoeker/0/saksoeker/virksomhet/identifikator/verdi' },
  ], context2()));
