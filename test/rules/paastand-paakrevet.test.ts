/** PAASTAND_PAAKREVET: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/paastand-paakrevet.js';
import type { Begjaering } from '../../rules/lib/model.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

const MELDING = 'Ved utlegg og forliksklage kombinert må påstand være utfylt';
const STI = '/begjaeringensTvangsgrunnlag/0/saerligTvangsgrunnlag/skriftligMeddelelse/paastand';
const utenPaastand = (b: Begjaering) => { delete b.begjaeringensTvangsgrunnlag![0]!.saerligTvangsgrunnlag!.skriftligMeddelelse!.paastand; };
/** The combined type (0.9: its own code with the extra l, 1.0 #14), and no påstand. */
const kombinertUtenPaastand = (type: string) => (b: Begjaering) => {
  b.tvangsfullbyrdelsestype = type;
  utenPaastand(b);
};

t.test('the official example (utlegg, with påstand) passes', async (t) => expectNone(t, rule, example('enkel')));
t.test('no forliksråd, no påstand needed', async (t) =>
  expectNone(t, rule, edited('kompleks', (b) => { delete b.begjaeringensTvangsgrunnlag![0]!.saerligTvangsgrunnlag!.skriftligMeddelelse!.paastand; })));
t.test('a combined case without påstand', async (t) =>
  expectViolations(t, rule, edited('enkel', kombinertUtenPaastand('utleggOgForlliksklageKombinert')), [
    { melding: 'Ved utlegg og forliksklage kombinert må påstand være utfylt', sti: '/begjaeringensTvangsgrunnlag/0/saerligTvangsgrunnlag/skriftligMeddelelse/paastand' },
  ]));
t.test('a plain utlegg needs no påstand, even when the case may go to Forliksrådet', async (t) => {
  const enkel = example('enkel');
  t.equal(enkel.tvangsfullbyrdelsestype, 'utlegg');
  t.equal(enkel.begjaeringensTvangsgrunnlag![0]!.saerligTvangsgrunnlag!.skriftligMeddelelse!.kanBehandlesIForliksraadet, true);
  expectNone(t, rule, edited('enkel', utenPaastand));
  expectNone(t, rule, edited2('enkel', utenPaastand), context2());
});

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: utleggOgForliksklageKombinert without påstand', async (t) =>
  expectViolations(t, rule, edited2('enkel', kombinertUtenPaastand('utleggOgForliksklageKombinert')), [{ melding: MELDING, sti: STI }], context2()));
t.test('/v2: utleggOgForliksklageKombinert with påstand passes', async (t) =>
  expectNone(t, rule, edited2('enkel', (b) => { b.tvangsfullbyrdelsestype = 'utleggOgForliksklageKombinert'; }), context2()));
