/** KAN_BEHANDLES_I_FORLIKSRAADET_PAAKREVET: violated and not violated. */
import t from 'tap';
import rule from '../../rules/kan-behandles-i-forliksraadet-paakrevet.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

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

t.test('/v2: the 2.0 examples pass (true in enkel, false in kompleks)', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a skriftlig meddelelse without the answer', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => {
    delete b.begjaeringensTvangsgrunnlag![1]!.saerligTvangsgrunnlag!.skriftligMeddelelse!.kanBehandlesIForliksraadet;
  }), [
    {
      melding: 'Må angi hvorvidt saken ønskes behandlet i Forliksrådet',
      sti: '/begjaeringensTvangsgrunnlag/1/saerligTvangsgrunnlag/skriftligMeddelelse/kanBehandlesIForliksraadet',
    },
  ], context2()));
