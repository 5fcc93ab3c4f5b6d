/** INNBETALING_FRAM_I_TID: violated and not violated. */
import t from 'tap';
import rule from '../../rules/innbetaling-fram-i-tid.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('past payments and one booked today pass', async (t) => {
  expectNone(t, rule, example('enkel'));
  expectNone(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![0]!.innbetaling![1]!.bokfoertDato = '2026-11-26'; }));
});
t.test('a payment booked tomorrow', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![0]!.innbetaling![1]!.bokfoertDato = '2026-11-27'; }), [
    { melding: 'Dato for innbetaling på krav kan ikke være frem i tid', sti: '/kravTilInnkreving/0/innbetaling/1/bokfoertDato' },
  ]));
