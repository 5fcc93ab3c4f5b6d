/** UGYLDIG_VEDLEGG_BETALINGSOPPFORDRING: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/ugyldig-vedlegg-betalingsoppfordring.js';
import { context2, edited, edited2, example, expectNone, expectViolations } from './fixtures.js';

t.test('stored betalingsoppfordringer pass', async (t) => expectNone(t, rule, example('enkel')));
t.test('a reference to a stored tvangsgrunnlag', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => {
    b.kravTilInnkreving![0]!.betalingsoppfordring![0]!.betalingsoppfordring!.uuid = b.begjaeringensTvangsgrunnlag![0]!.tvangsgrunnlag!.uuid;
  }), [
    {
      melding: 'Vedlegg for betalingsoppfordring med filnavn betalingsoppfordring.pdf må være av type betalingsoppfordring',
      sti: '/kravTilInnkreving/0/betalingsoppfordring/0/betalingsoppfordring/type',
    },
  ]));
t.test('the declared type counts when nothing is stored', async (t) =>
  expectViolations(t, rule, edited('enkel', (b) => {
    b.kravTilInnkreving![2]!.betalingsoppfordring![0]!.betalingsoppfordring = { type: 'annet', filnavn: 'brev.pdf', uuid: 'ukjent' };
  }), [
    { melding: 'Vedlegg for betalingsoppfordring med filnavn brev.pdf må være av type betalingsoppfordring', sti: '/kravTilInnkreving/2/betalingsoppfordring/0/betalingsoppfordring/type' },
  ]));

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: a reference to a stored tvangskraftgrunnlag', async (t) =>
  expectViolations(t, rule, edited2('kompleks', (b) => {
    b.kravTilInnkreving![3]!.betalingsoppfordring![0]!.betalingsoppfordring!.uuid = b.begjaeringensTvangsgrunnlag![0]!.varsel![0]!.tvangskraftgrunnlag!.uuid;
  }), [
    {
      melding: 'Vedlegg for betalingsoppfordring med filnavn betalingsoppfordring.pdf må være av type betalingsoppfordring',
      sti: '/kravTilInnkreving/3/betalingsoppfordring/0/betalingsoppfordring/type',
    },
  ], context2()));
