/** ULOVLIG_ENDRING_SAKSOEKER: violated and not violated. */
import t from 'tap';
import rule from '../../rules/ulovlig-endring-saksoeker.js';
import { edited, endring, example, expectNone, expectViolations } from './fixtures.js';

t.test('a new submission is not concerned', async (t) => expectNone(t, rule, edited('enkel', (b) => { b.saksoeker![0]!.saksoeker!.virksomhet!.identifikator!.verdi = '313182495'; })));
t.test('a new saksoekerReferanse is no new saksøker', async (t) =>
  expectNone(t, rule, edited('enkel', (b) => { b.saksoeker![0]!.saksoekerReferanse = 'ny'; }), endring(example('enkel'))));
t.test('an endring that changes the saksøker', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.saksoeker![0]!.saksoeker!.virksomhet!.identifikator!.verdi = '313182495'; }), [{ melding: 'Det er ikke tillatt å endre saksøker', sti: '/saksoeker/0/saksoeker' }], endring(example('enkel'))));

t.test('an endring that removes the saksøker', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.saksoeker = []; }), [{ melding: 'Det er ikke tillatt å endre saksøker', sti: '/saksoeker' }], endring(example('enkel'))));
