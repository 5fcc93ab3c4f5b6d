/** UGYLDIG_KONTONR: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/ugyldig-kontonr.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('the official kontonummer passes', async (t) => expectNone(t, rule, example('enkel')));
t.test('a wrong control digit', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.betalingsinformasjon!.norskKonto!.kontonummer = '69930570045'; }), [
    { melding: 'Mottakers kontonummer 69930570045 er feil', sti: '/betalingsinformasjon/norskKonto/kontonummer' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a wrong control digit', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.betalingsinformasjon!.norskKonto!.kontonummer = '69930570040'; }), [
    { melding: 'Mottakers kontonummer 69930570040 er feil', sti: '/betalingsinformasjon/norskKonto/kontonummer' },
  ], context2()));
