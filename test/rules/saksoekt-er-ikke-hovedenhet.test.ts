/** SAKSOEKT_ER_IKKE_HOVEDENHET: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/saksoekt-er-ikke-hovedenhet.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('a hovedenhet that is no ENK passes', async (t) => expectNone(t, rule, example('kompleks')));
t.test('the register says so', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.saksoekt![0]!.saksoekt = { adresse: b.saksoekt![0]!.saksoekt!.adresse, virksomhet: { navn: 'X', identifikator: { verdi: '316169872' } } }; }), [
    { melding: 'Saksøkt virksomhet er ikke angitt som hovedenhet', sti: '/saksoekt/0/saksoekt/virksomhet/identifikator/verdi' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: the register says so', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.saksoekt![0]!.saksoekt = { adresse: b.saksoekt![0]!.saksoekt!.adresse, virksomhet: { navn: 'X', identifikator: { verdi: '316169872' } } }; }), [
    { melding: 'Saksøkt virksomhet er ikke angitt som hovedenhet', sti: '/saksoekt/0/saksoekt/virksomhet/identifikator/verdi' },
  ], context2()));
