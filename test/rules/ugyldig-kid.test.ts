/** UGYLDIG_KID: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/ugyldig-kid.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('the official KID passes (mod 10)', async (t) => expectNone(t, rule, example('enkel')));
t.test('a mod 11 KID with "-" passes', async (t) =>
  expectNone(t, rule, edited('enkel', (b) => { b.betalingsinformasjon!.norskKonto!.kidnummer = '1000005-'; })));
t.test('a wrong control digit', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.betalingsinformasjon!.norskKonto!.kidnummer = '2509937600'; }), [
    { melding: 'Kidnummer 2509937600 er feil', sti: '/betalingsinformasjon/norskKonto/kidnummer' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a wrong control digit', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.betalingsinformasjon!.norskKonto!.kidnummer = '2509937601'; }), [
    { melding: 'Kidnummer 2509937601 er feil', sti: '/betalingsinformasjon/norskKonto/kidnummer' },
  ], context2()));
