/** KAN_BEHANDLES_I_FORLIKSRAADET_PAAKREVET: violated and not violated. */
import t from 'tap';
import rule from '../../rules/kan-behandles-i-forliksraadet-paakrevet.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('true and false both pass', async (t) => {
  expectNone(t, rule, example('enkel'));
  expectNone(t, rule, example('kompleks'));
});
t.test('a skriftlig meddelelse without the answer', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => {
    delete b.begjaeringensTvangsgrunnlag![0]!.saerligTvangsgrunnlag!.skriftligMeddelelse!.kanBehandlesIForliksraadet;
  }), [
    {
      melding: 'Må angi hvorvidt saken ønskes behandlet i Forliksrådet',
      sti: '/begjaeringensTvangsgrunnlag/0/saerligTvangsgrunnlag/skriftligMeddelelse/kanBehandlesIForliksraadet',
    },
  ]));
