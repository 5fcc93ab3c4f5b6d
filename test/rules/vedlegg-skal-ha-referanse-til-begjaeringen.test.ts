/** VEDLEGG_SKAL_HA_REFERANSE_TIL_BEGJAERINGEN: violated and not violated. */
import t from 'tap';
import rule from '../../rules/vedlegg-skal-ha-referanse-til-begjaeringen.js';
import { context, example, expectNone, expectViolations, restored } from './fixtures.js';

t.test("attachments uploaded for this begjæring pass", async (t) => expectNone(t, rule, example('enkel')));
t.test('an attachment uploaded for another begjæring, at every reference', async (t) => {
  const uuid = example('enkel').vedlegg![0]!.uuid!;
  const melding = "Vedlegg 'tvangsgrunnlag' er lagret med referanse til en annen begjæring og kan ikke benyttes i denne begjæringen. Last opp vedlegg pånytt med referanse til 'InnsenderRef124'";
  expectViolations(t, rule, example('enkel'), [
    { melding, sti: '/begjaeringensTvangsgrunnlag/0/tvangsgrunnlag/uuid' },
    { melding, sti: '/vedlegg/0/uuid' },
  ], context({}, [restored(uuid, { innsenderReferanse: 'AnnenRef' })]));
});
