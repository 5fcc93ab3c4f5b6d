/** PAASTAND_PAAKREVET: violated and not violated. */
import t from 'tap';
import rule from '../../rules/paastand-paakrevet.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

t.test('a combined case with påstand passes', async (t) => expectNone(t, rule, example('enkel')));
t.test('no forliksråd, no påstand needed', async (t) =>
  expectNone(t, rule, edited('kompleks', (b) => { delete b.begjaeringensTvangsgrunnlag![0]!.saerligTvangsgrunnlag!.skriftligMeddelelse!.paastand; })));
t.test('a combined case without påstand', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => { delete b.begjaeringensTvangsgrunnlag![0]!.saerligTvangsgrunnlag!.skriftligMeddelelse!.paastand; }), [
    { melding: 'Ved utlegg og forliksklage kombinert må påstand være utfylt', sti: '/begjaeringensTvangsgrunnlag/0/saerligTvangsgrunnlag/skriftligMeddelelse/paastand' },
  ]));
