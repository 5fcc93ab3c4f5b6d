/** RELATERTE_KRAV_MÅ_FINNES: violated and not violated. */
import t from 'tap';
import rule from '../../rules/relaterte-krav-maa-finnes.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('relations inside each tvangsgrunnlag pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a relation to a krav of another tvangsgrunnlag', async (t) =>
  expectViolations(t, rule, edited('kompleks', (b) => { b.kravTilInnkreving![4]!.relatertKrav = ['UtenrettsligKostnaderPå_102486836']; }), [
    { melding: 'Relaterte krav må finnes i samme tvangsgrunnlag', sti: '/kravTilInnkreving/4/relatertKrav/0' },
  ]));
