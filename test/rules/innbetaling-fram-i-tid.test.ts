/** INNBETALING_FRAM_I_TID: violated and not violated. */
import t from 'tap';
import rule from '../../rules/innbetaling-fram-i-tid.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('past payments and one booked today pass', async (t) => {
  expectNone(t, rule, example('enkel'));
  expectNone(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![0]!.innbetaling![1]!.bokfoertDato = '2026-11-26'; }));
});
t.test('a payment booked tomorrow', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![0]!.innbetaling![1]!.bokfoertDato = '2026-11-27'; }), [
    { melding: 'Dato for innbetaling på krav kan ikke være frem i tid', sti: '/kravTilInnkreving/0/innbetaling/1/bokfoertDato' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a payment booked tomorrow', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.kravTilInnkreving![1]!.innbetaling![0]!.bokfoertDato = '2026-11-27'; }), [
    { melding: 'Dato for innbetaling på krav kan ikke være frem i tid', sti: '/kravTilInnkreving/1/innbetaling/0/bokfoertDato' },
  ], context2()));
