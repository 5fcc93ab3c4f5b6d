/** SAMME_SAKSOEKT_SOM_SAKSOEKER: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/samme-saksoekt-som-saksoeker.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('different parties pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('the saksøker as saksøkt', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.saksoekt![0]!.saksoekt = structuredClone(b.saksoeker![0]!.saksoeker); }), [
    { melding: 'Saksøker kan ikke være saksøkt', sti: '/saksoekt/0/saksoekt/virksomhet/identifikator/verdi' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: the saksøker as saksøkt', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.saksoekt![0]!.saksoekt = structuredClone(b.saksoeker![0]!.saksoeker); }), [
    { melding: 'Saksøker kan ikke være saksøkt', sti: '/saksoekt/0/saksoekt/virksomhet/identifikator/verdi' },
  ], context2()));
