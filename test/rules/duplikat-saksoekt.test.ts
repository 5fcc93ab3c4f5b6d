/** DUPLIKAT_SAKSOEKT: violated and not violated. */
import t from 'tap';
import rule from '../../rules/duplikat-saksoekt.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('one saksøkt passes', async (t) => expectNone(t, rule, example('kompleks')));
t.test('the same saksøkt twice', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.saksoekt!.push(structuredClone(b.saksoekt![0]!)); }), [
    { melding: 'Det er ikke tillatt med duplikate saksøkte', sti: '/saksoekt/1/saksoekt/person/identifikator/verdi' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: the same saksøkt twice', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.saksoekt!.push(structuredClone(b.saksoekt![0]!)); }), [
    { melding: 'Det er ikke tillatt med duplikate saksøkte', sti: '/saksoekt/1/saksoekt/person/identifikator/verdi' },
  ], context2()));
