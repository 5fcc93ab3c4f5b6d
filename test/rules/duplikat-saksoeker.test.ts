/** DUPLIKAT_SAKSOEKER: violated and not violated. */
import t from 'tap';
import rule from '../../rules/duplikat-saksoeker.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('one saksøker passes', async (t) => expectNone(t, rule, example('enkel')));
t.test('the same saksøker twice', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.saksoeker!.push(structuredClone(b.saksoeker![0]!)); }), [
    { melding: 'Det er ikke tillatt med duplikate saksøkere', sti: '/saksoeker/1/saksoeker/virksomhet/identifikator/verdi' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: the same saksøker twice', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.saksoeker!.push(structuredClone(b.saksoeker![0]!)); }), [
    { melding: 'Det er ikke tillatt med duplikate saksøkere', sti: '/saksoeker/1/saksoeker/virksomhet/identifikator/verdi' },
  ], context2()));
