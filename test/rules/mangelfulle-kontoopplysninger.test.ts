/** MANGELFULLE_KONTOOPPLYSNINGER: violated and not violated. */
import t from 'tap';
import rule from '../../rules/mangelfulle-kontoopplysninger.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('an account passes', async (t) => expectNone(t, rule, example('kompleks')));
t.test('an empty norskKonto', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.betalingsinformasjon = { norskKonto: { kontonummer: '' } }; }), [
    { melding: 'Konto må inneholde minst en verdi', sti: '/betalingsinformasjon/norskKonto' },
  ]));
t.test('betalingsinformasjon without norskKonto', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.betalingsinformasjon = {}; }), [
    { melding: 'Konto må inneholde minst en verdi', sti: '/betalingsinformasjon/norskKonto' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a norskKonto without a value', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.betalingsinformasjon!.norskKonto = { kontonummer: ' ', kidnummer: '' }; }), [
    { melding: 'Konto må inneholde minst en verdi', sti: '/betalingsinformasjon/norskKonto' },
  ], context2()));
