/**
 * INNSENDER_MANGLER: "Begjæringen må inneholde opplysning om innsender". The rule fires when innsender or its
 * aktør innsender.innsender is missing (what is in it is the other INNSENDER_ rules'). Matches the page; both
 * models.
 */
import { defineRule } from './lib/define.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'INNSENDER_MANGLER',
  tittel: 'Mangler opplysninger om innsender',
  beskrivelse: 'Begjæringen må inneholde opplysning om innsender',
  avvikstekst: 'Begjæringen må inneholde opplysning om innsender',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'innsender or innsender.innsender is missing.',
  *find(b) {
    if (!b.innsender?.innsender) yield { sti: pointer('innsender') };
  },
});
