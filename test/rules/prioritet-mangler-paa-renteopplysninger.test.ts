/** PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER (/v2 only): violated and not violated, krav by krav. */
import t from 'tap';
import rule from '../../rules/prioritet-mangler-paa-renteopplysninger.js';
import { context2, edited2, example, expectNone, expectViolations } from './fixtures.js';

const MELDING = 'Hvis dere har angitt prioritet på en av kravspostene så må det også angis prioritet på fremtidige renteposter';

t.test('the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});

t.test('a rentebærende krav without priority for its future interest, while other krav have priorities', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { delete b.kravTilInnkreving![0]!.rentebaerendeKrav!.prioritetISakFremtidigRentekrav; }), [
    { melding: MELDING, sti: '/kravTilInnkreving/0/rentebaerendeKrav/prioritetISakFremtidigRentekrav' },
  ], context2()));

t.test('kravlinje for kravlinje: each rentebærende krav without it is named', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => {
    delete b.kravTilInnkreving![0]!.rentebaerendeKrav!.prioritetISakFremtidigRentekrav;
    b.kravTilInnkreving![2]!.rentebaerendeKrav = { harForsinkelsesrente: true };
  }), [
    { melding: MELDING, sti: '/kravTilInnkreving/0/rentebaerendeKrav/prioritetISakFremtidigRentekrav' },
    { melding: MELDING, sti: '/kravTilInnkreving/2/rentebaerendeKrav/prioritetISakFremtidigRentekrav' },
  ], context2()));

t.test('not violated when only the krav itself has a priority, or none has', async (t) => {
  expectNone(t, rule, edited2('enkel', (b) => {
    delete b.kravTilInnkreving![0]!.rentebaerendeKrav!.prioritetISakFremtidigRentekrav;
    for (const k of b.kravTilInnkreving!.slice(1)) delete k.prioritetISak;
  }), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2()); // rentebærende krav, no priorities anywhere
});

t.test('runs under /v2 only', async (t) => t.same(rule.modeller, ['2.0']));
