/** RELATERTE_KRAV_MÅ_FINNES: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/relaterte-krav-maa-finnes.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('relations inside each tvangsgrunnlag pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a relation to a krav of another tvangsgrunnlag', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.kravTilInnkreving![4]!.relatertKrav = ['UtenrettsligKostnaderPå_102486836']; }), [
    { melding: 'Relaterte krav må finnes i samme tvangsgrunnlag', sti: '/kravTilInnkreving/4/relatertKrav/0' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a relation to a krav of another tvangsgrunnlag', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => { b.kravTilInnkreving![4]!.relatertKrav = ['UtenrettsligKostnaderPå_102486836']; }), [
    { melding: 'Relaterte krav må finnes i samme tvangsgrunnlag', sti: '/kravTilInnkreving/4/relatertKrav/0' },
  ], context2()));
