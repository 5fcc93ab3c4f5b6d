/** KRAV_DUPLIKATE_REFERANSER: violated and not violated. */
import t from 'tap';
import rule from '../../rules/krav-duplikate-referanser.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('unique references pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a kravreferanse used twice is reported once, at its second use', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { b.kravTilInnkreving![2]!.kravreferanse = '00890772001'; }), [
    { melding: 'Det foreligger flere krav med kravreferanse 00890772001', sti: '/kravTilInnkreving/2/kravreferanse' },
  ]));
