/** VEDLEGG_SKAL_HA_REFERANSE_TIL_BEGJAERINGEN: violated and not violated, at /v1 and /v2. */
import t from 'tap';
import rule from '../../rules/vedlegg-skal-ha-referanse-til-begjaeringen.js';
import { context, context2, example, expectNone, expectViolations, restored } from './fixtures.js';

t.test("attachments uploaded for this begjæring pass", async (t) => expectNone(t, rule, example('enkel')));
t.test('an attachment uploaded for another begjæring, at every reference', async (t) => {
  const uuid = example('enkel').vedlegg![0]!.uuid!;
  const melding = "Vedlegg 'tvangsgrunnlag' er lagret med referanse til en annen begjæring og kan ikke benyttes i denne begjæringen. Last opp vedlegg pånytt med referanse til 'InnsenderRef124'";
  expectViolations(t, rule, example('enkel'), [
    { melding, sti: '/begjaeringensTvangsgrunnlag/0/tvangsgrunnlag/uuid' },
    { melding, sti: '/vedlegg/0/uuid' },
  ], context({}, [restored(uuid, { innsenderReferanse: 'AnnenRef' })]));
});

t.test('/v2: the 2.0 examples pass', async (t) => {
  expectNone(t, rule, example('enkel', '2.0'), context2());
  expectNone(t, rule, example('kompleks', '2.0'), context2());
});
t.test('/v2: an attachment uploaded for another begjæring, at every reference', async (t) => {
  const uuid = example('kompleks', '2.0').begjaeringensTvangsgrunnlag![0]!.varsel![0]!.tvangskraftgrunnlag!.uuid!;
  const melding = "Vedlegg 'tvangskraftgrunnlag' er lagret med referanse til en annen begjæring og kan ikke benyttes i denne begjæringen. Last opp vedlegg pånytt med referanse til 'InnsenderRef123'";
  t.equal(example('kompleks', '2.0').innsenderReferanse, 'InnsenderRef123');
  expectViolations(t, rule, example('kompleks', '2.0'), [
    { melding, sti: '/begjaeringensTvangsgrunnlag/0/varsel/0/tvangskraftgrunnlag/uuid' },
    { melding, sti: '/begjaeringensTvangsgrunnlag/1/varsel/0/tvangskraftgrunnlag/uuid' },
  ], context2({}, [restored(uuid, { innsenderReferanse: 'AnnenRef' })]));
});
