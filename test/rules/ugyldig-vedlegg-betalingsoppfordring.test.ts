/** UGYLDIG_VEDLEGG_BETALINGSOPPFORDRING: violated and not violated. */
import t from 'tap';
import rule from '../../rules/ugyldig-vedlegg-betalingsoppfordring.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

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
