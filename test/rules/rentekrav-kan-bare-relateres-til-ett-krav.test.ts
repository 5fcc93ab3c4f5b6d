/** RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV (/v2 only): violated and not violated. */
import t from 'tap';
import rule from '../../rules/rentekrav-kan-bare-relateres-til-ett-krav.js';
import { context2, edited2, example, expectNone, expectViolations } from './fixtures.js';

const MELDING = 'Rentekrav må være koblet til ett og bare ett relatert krav og det relaterte kravet må være hovedkrav, kostnad eller gebyr';

t.test('the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});

t.test('a rentekrav related to two krav (as the official 0.9 kompleks example does)', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.kravTilInnkreving![7]!.relatertKrav = ['102486836_1', '102486836_2']; }), [
    { melding: MELDING, sti: '/kravTilInnkreving/7/relatertKrav' },
  ], context2()));

t.test('a rentekrav related to a krav that is neither hovedkrav, kostnad nor gebyr', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.kravTilInnkreving![2]!.relatertKrav = ['RentekravPåHovedkrav_101461397_1']; }), [
    { melding: MELDING, sti: '/kravTilInnkreving/2/relatertKrav/0' },
  ], context2()));

t.test('a rentekrav on a cost is fine; none, or an unknown reference, is other rules\' business', async (t) => {
  expectNone(t, rule, example('kompleks', '2.0'), context2()); // krav 4 relates to UtenrettsligeKostnader
  expectNone(t, rule, edited2('enkel', (b) => { b.kravTilInnkreving![1]!.relatertKrav = []; }), context2());
  expectNone(t, rule, edited2('enkel', (b) => { b.kravTilInnkreving![1]!.relatertKrav = ['finnes-ikke']; }), context2());
});

t.test('runs under /v2 only', async (t) => t.same(rule.modeller, ['2.0']));
