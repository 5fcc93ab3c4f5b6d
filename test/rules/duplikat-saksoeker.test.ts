/** DUPLIKAT_SAKSOEKER: violated and not violated. */
import t from 'tap';
import rule from '../../rules/duplikat-saksoeker.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('one saksøker passes', async (t) => expectNone(t, rule, example('enkel')));
t.test('the same saksøker twice', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.saksoeker!.push(structuredClone(b.saksoeker![0]!)); }), [
    { melding: 'Det er ikke tillatt med duplikate saksøkere', sti: '/saksoeker/1/saksoeker/virksomhet/identifikator/verdi' },
  ]));
