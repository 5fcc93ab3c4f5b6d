/** KRAV_MANGLER_FORFALLSDATO: violated and not violated. */
import t from 'tap';
import rule from '../../rules/krav-mangler-forfallsdato.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('krav with forfallsdato pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a rentekrav may go without', async (t) =>
  expectNone(t, rule, edited('enkel', (b) => { delete b.kravTilInnkreving![1]!.kravforfall; })));
t.test('a hovedkrav without forfallsdato', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.kravTilInnkreving![0]!.kravforfall; }), [
    { melding: 'Det må oppgis forfallsdato for Hovedkrav med kravreferanse 00890772001', sti: '/kravTilInnkreving/0/kravforfall/forfallsdato' },
  ]));
