/** ULOVLIG_ENDRING_SAKSOEKER: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/ulovlig-endring-saksoeker.js';
import { context2, edited, edited2, endring, example, expectNone, expectViolations } from './fixtures.js';

t.test('a new submission is not concerned', async (t) => expectNone(t, rule, edited('enkel', (b) => { b.saksoeker![0]!.saksoeker!.virksomhet!.identifikator!.verdi = '313182495'; })));
t.test('a new saksoekerReferanse is no new saksøker', async (t) =>
  expectNone(t, rule, edited('enkel', (b) => { b.saksoeker![0]!.saksoekerReferanse = 'ny'; }), endring(example('enkel'))));
t.test('an endring that changes the saksøker', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.saksoeker![0]!.saksoeker!.virksomhet!.identifikator!.verdi = '313182495'; }), [{ melding: 'Det er ikke tillatt å endre saksøker', sti: '/saksoeker/0/saksoeker' }], endring(example('enkel'))));

t.test('an endring that removes the saksøker', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.saksoeker = []; }), [{ melding: 'Det er ikke tillatt å endre saksøker', sti: '/saksoeker' }], endring(example('enkel'))));

const forrige2 = () => endring(example('enkel', '2.0'), {}, '2.0');

t.test('/v2: the 2.0 examples pass, new or unchanged in an endring', async (t) => {
  expectNone(t, rule, example('kompleks', '2.0'), context2());
  expectNone(t, rule, example('enkel', '2.0'), forrige2());
});
t.test('/v2: an endring that changes the saksøker', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.saksoeker![0]!.saksoeker!.virksomhet!.identifikator!.verdi = '313182495'; }), [{ melding: 'Det er ikke tillatt å endre saksøker', sti: '/saksoeker/0/saksoeker' }], forrige2()));
