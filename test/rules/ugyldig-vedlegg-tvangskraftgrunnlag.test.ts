/** UGYLDIG_VEDLEGG_TVANGSKRAFTGRUNNLAG: violated and not violated. */
import t from 'tap';
import rule from '../../rules/ugyldig-vedlegg-tvangskraftgrunnlag.js';
import { edited, example, expectNone, expectViolations } from './fixtures.js';

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
