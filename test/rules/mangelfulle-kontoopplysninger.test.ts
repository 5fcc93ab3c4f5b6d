/** MANGELFULLE_KONTOOPPLYSNINGER: violated and not violated. */
import t from 'tap';
import rule from '../../rules/mangelfulle-kontoopplysninger.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('an account passes', async (t) => expectNone(t, rule, example('kompleks')));
t.test('an empty norskKonto', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.betalingsinformasjon = { norskKonto: { kontonummer: '' } }; }), [
    { melding: 'Konto må inneholde minst en verdi', sti: '/betalingsinformasjon/norskKonto' },
  ]));
t.test('betalingsinformasjon without norskKonto', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.betalingsinformasjon = {}; }), [
    { melding: 'Konto må inneholde minst en verdi', sti: '/betalingsinformasjon/norskKonto' },
  ]));
