/** SAMME_SAKSOEKT_SOM_SAKSOEKER: violated and not violated. */
import t from 'tap';
import rule from '../../rules/samme-saksoekt-som-saksoeker.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('different parties pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('the saksøker as saksøkt', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.saksoekt![0]!.saksoekt = structuredClone(b.saksoeker![0]!.saksoeker); }), [
    { melding: 'Saksøker kan ikke være saksøkt', sti: '/saksoekt/0/saksoekt/virksomhet/identifikator/verdi' },
  ]));
