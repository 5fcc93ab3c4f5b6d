/** UGYLDIG_VEDLEGG_TVANGSKRAFTGRUNNLAG: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/ugyldig-vedlegg-tvangskraftgrunnlag.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('stored tvangskraftgrunnlag pass', async (t) => expectNone(t, rule, example('enkel')));
t.test('the stored type wins over the declared one', async (t) =>
  expectNone(t, rule, edited('enkel', (b) => { b.begjaeringensTvangsgrunnlag![0]!.varsel![0]!.tvangskraftgrunnlag!.type = 'annet'; })));
t.test('a reference to a stored tvangsgrunnlag', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => {
    const tg = b.begjaeringensTvangsgrunnlag![0]!;
    tg.varsel![0]!.tvangskraftgrunnlag!.uuid = tg.tvangsgrunnlag!.uuid;
  }), [
    {
      melding: 'Vedlegg for tvangskraftgrunnlag med filnavn tvangskraftgrunnlag må være av type tvangskraftgrunnlag',
      sti: '/begjaeringensTvangsgrunnlag/0/varsel/0/tvangskraftgrunnlag/type',
    },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a varsel (2.0 #5) referring to a stored tvangsgrunnlag', async (t) =>
  expectViolations(t, rule, edited2('enkel', (b) => {
    const tg = b.begjaeringensTvangsgrunnlag![0]!;
    tg.varsel![0]!.tvangskraftgrunnlag!.uuid = tg.tvangsgrunnlag!.uuid;
  }), [
    {
      melding: 'Vedlegg for tvangskraftgrunnlag med filnavn tvangskraftgrunnlag må være av type tvangskraftgrunnlag',
      sti: '/begjaeringensTvangsgrunnlag/0/varsel/0/tvangskraftgrunnlag/type',
    },
  ], context2()));
