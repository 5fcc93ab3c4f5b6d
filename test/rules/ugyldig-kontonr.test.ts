/** UGYLDIG_KONTONR: violated and not violated. */
import t from 'tap';
import rule from '../../rules/ugyldig-kontonr.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('the official kontonummer passes', async (t) => expectNone(t, rule, example('enkel')));
t.test('a wrong control digit', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.betalingsinformasjon!.norskKonto!.kontonummer = '69930570045'; }), [
    { melding: 'Mottakers kontonummer 69930570045 er feil', sti: '/betalingsinformasjon/norskKonto/kontonummer' },
  ]));
