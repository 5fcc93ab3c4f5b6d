/** UGYLDIG_VEDLEGG_TVANGSGRUNNLAG: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/ugyldig-vedlegg-tvangsgrunnlag.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('stored tvangsgrunnlag pass', async (t) => expectNone(t, rule, example('kompleks')));
t.test('a reference to a stored tvangskraftgrunnlag', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => {
    const tg = b.begjaeringensTvangsgrunnlag![0]!;
    tg.tvangsgrunnlag!.uuid = tg.varsel![0]!.tvangskraftgrunnlag!.uuid;
  }), [
    { melding: 'Vedlegg for tvangsgrunnlag med betegnelse Kredittkort må være av type tvangsgrunnlag', sti: '/begjaeringensTvangsgrunnlag/0/tvangsgrunnlag/type' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a reference to a stored betalingsoppfordring', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => {
    b.begjaeringensTvangsgrunnlag![1]!.tvangsgrunnlag!.uuid = b.kravTilInnkreving![0]!.betalingsoppfordring![0]!.betalingsoppfordring!.uuid;
  }), [
    { melding: 'Vedlegg for tvangsgrunnlag med betegnelse Vegfinans Hallingporten AS må være av type tvangsgrunnlag', sti: '/begjaeringensTvangsgrunnlag/1/tvangsgrunnlag/type' },
  ], context2()));
