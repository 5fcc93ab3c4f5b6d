/** UGYLDIG_KID: violated and not violated. */
import t from 'tap';
import rule from '../../rules/ugyldig-kid.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('the official KID passes (mod 10)', async (t) => expectNone(t, rule, example('enkel')));
t.test('a mod 11 KID with "-" passes', async (t) =>
  expectNone(t, rule, edited('enkel', (b) => { b.betalingsinformasjon!.norskKonto!.kidnummer = '1000005-'; })));
t.test('a wrong control digit', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.betalingsinformasjon!.norskKonto!.kidnummer = '2509937600'; }), [
    { melding: 'Kidnummer 2509937600 er feil', sti: '/betalingsinformasjon/norskKonto/kidnummer' },
  ]));
