/**
 * VEDLEGG_SKAL_HA_REFERANSE_TIL_BEGJAERINGEN: "Vedlegg '%s' er lagret med referanse til en annen begjæring": a
 * referenced attachment was uploaded for another begjæring (its stored innsenderReferanse differs: the binding is
 * modelled). %s: filnavn, then the begjæring's innsenderReferanse.
 */
import { defineRule, filled } from './lib/define.js';
import { resolvedRefs } from './lib/vedlegg-refs.js';

export default defineRule({
  kode: 'VEDLEGG_SKAL_HA_REFERANSE_TIL_BEGJAERINGEN',
  tittel: 'Vedlegg referert til i begjæringen har er lastet opp med referanse til en annen begjæring',
  beskrivelse: 'Alle vedlegg knyttet til begjæringen skal ha referanse til begjæringen',
  avvikstekst: "Vedlegg '%s' er lagret med referanse til en annen begjæring og kan ikke benyttes i denne begjæringen. Last opp vedlegg pånytt med referanse til '%s'",
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: "A referenced stored attachment's innsenderReferanse differs from the begjaering's innsenderReferanse.",
  *find(b, ctx) {
    const referanse = b.innsenderReferanse;
    if (!filled(referanse)) return;
    for (const ref of resolvedRefs(b, ctx)) {
      if (ref.stored && ref.stored.innsenderReferanse !== referanse) yield { sti: ref.sti + '/uuid', values: [ref.filnavn, referanse] };
    }
  },
});
