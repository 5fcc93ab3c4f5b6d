/** RENTE_MAA_HA_RELATERT_KRAV: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/rente-maa-ha-relatert-krav.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

const MELDING = 'Et rentekrav må ha et relatert krav slik at det relaterer seg til et annet krav som er rentebærende.';

t.test('related rentekrav pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a rentekrav related to nothing', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.kravTilInnkreving![1]!.relatertKrav; }), [
    {
      melding: 'Et rentekrav må ha et relatert krav slik at det relaterer seg til et annet krav som er rentebærende.',
      sti: '/kravTilInnkreving/1/relatertKrav',
    },
  ]));
t.test('a rentekrav related only to a krav that is not rentebærende (0.9: no renteOpplysning)', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![1]!.relatertKrav = ['UtenrettsligKostnaderAvHovedkrav_00890772001']; }), [
    { melding: MELDING, sti: '/kravTilInnkreving/1/relatertKrav' },
  ]));
t.test('one rentebærende krav among the relations is enough; an unknown reference is another rule\'s', async (t) => {
  expectNone(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![1]!.relatertKrav = ['UtenrettsligKostnaderAvHovedkrav_00890772001', '00890772001']; }));
  expectNone(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![1]!.relatertKrav = ['FINNES_IKKE']; }));
});

t.test('/v2: the 2.0 examples pass (every rentekrav relates to a krav with rentebaerendeKrav)', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a rentekrav related to nothing', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.kravTilInnkreving![4]!.relatertKrav = []; }), [
    { melding: MELDING, sti: '/kravTilInnkreving/4/relatertKrav' },
  ], context2()));
t.test('/v2: a rentekrav related to a krav without rentebaerendeKrav', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { delete b.kravTilInnkreving![3]!.rentebaerendeKrav; delete b.kravTilInnkreving![3]!.renteOpplysning; }), [
    { melding: MELDING, sti: '/kravTilInnkreving/4/relatertKrav' },
  ], context2()));
t.test('/v2: a rentekrav related to another rentekrav (also RENTEKRAV_KAN_IKKE_HA_RENTEKRAV, as both texts say)', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.kravTilInnkreving![2]!.relatertKrav = ['RentekravPåHovedkrav_101461397_1']; }), [
    { melding: MELDING, sti: '/kravTilInnkreving/2/relatertKrav' },
  ], context2()));
