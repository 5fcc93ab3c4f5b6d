/** DUPLIKAT_SAKSOEKT: violated and not violated. */
import t from 'tap';
import rule from '../../rules/duplikat-saksoekt.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('one saksøkt passes', async (t) => expectNone(t, rule, example('kompleks')));
t.test('the same saksøkt twice', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.saksoekt!.push(structuredClone(b.saksoekt![0]!)); }), [
    { melding: 'Det er ikke tillatt med duplikate saksøkte', sti: '/saksoekt/1/saksoekt/person/identifikator/verdi' },
  ]));
