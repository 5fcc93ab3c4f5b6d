/** RENTEKRAV_PERIODE_MAA_HA_GYLDIG_PERIODE: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/rentekrav-periode-maa-ha-gyldig-periode.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('periods before the begjæringsdato pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a period that ends when it starts', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.kravTilInnkreving![1]!.erRentekrav!.rentePeriode!.sluttdato = '2021-07-09'; }), [
    { melding: 'Krav med innsenders referanse RentekravPåHovedkrav_101461397_1 har ugyldig renteperiode', sti: '/kravTilInnkreving/1/erRentekrav/rentePeriode' },
  ]));
t.test('/v1 accepts the official enkel, whose interest period (from 2024-06-02) starts after its begjæringsdato 2024-02-02', async (t) =>
  expectNone(t, rule, example('enkel')));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a period that ends when it starts (2.0 keys)', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.kravTilInnkreving![1]!.rentekrav!.rentePeriode!.sluttDato = '2021-07-09'; }), [
    { melding: 'Krav med innsenders referanse RentekravPåHovedkrav_101461397_1 har ugyldig renteperiode', sti: '/kravTilInnkreving/1/rentekrav/rentePeriode' },
  ], context2()));
t.test('/v2: a period that does not start before the begjæringsdato', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { b.begjaeringsdato = '2024-06-02'; }), [
    { melding: 'Krav med innsenders referanse RentekravPåHovedkrav_00890772001_1 har ugyldig renteperiode', sti: '/kravTilInnkreving/1/rentekrav/rentePeriode' },
  ], context2()));
