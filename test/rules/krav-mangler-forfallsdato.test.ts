/** KRAV_MANGLER_FORFALLSDATO: violated and not violated. */
import t from 'tap';
import rule from '../../rules/krav-mangler-forfallsdato.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('krav with forfallsdato pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a rentekrav may go without', async (t) =>
  expectNone(t, rule, edited('enkel', (b) => { delete b.kravTilInnkreving![1]!.kravforfall; })));
t.test('a hovedkrav without forfallsdato', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.kravTilInnkreving![0]!.kravforfall; }), [
    { melding: 'Det må oppgis forfallsdato for Hovedkrav med kravreferanse 00890772001', sti: '/kravTilInnkreving/0/kravforfall/forfallsdato' },
  ]));

t.test('/v2: the 2.0 examples pass (their rentekrav have no kravforfall)', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: an UtenrettsligeKostnader krav without forfallsdato', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => { delete b.kravTilInnkreving![2]!.kravforfall; }), [
    {
      melding: 'Det må oppgis forfallsdato for UtenrettsligeKostnader med kravreferanse UtenrettsligKostnaderAvHovedkrav_00890772001',
      sti: '/kravTilInnkreving/2/kravforfall/forfallsdato',
    },
  ], context2()));
