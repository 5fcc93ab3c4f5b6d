/**
 * UGYLDIG_VEDLEGG_TVANGSKRAFTGRUNNLAG: "Vedlegg for tvangskraftgrunnlag … må være av type tvangskraftgrunnlag":
 * the attachment at begjaeringensTvangsgrunnlag[].varsel[].tvangskraftgrunnlag is not of that type (the stored type
 * when it was uploaded, else the declared one). 2.0 #5 renamed only the class (Varsel).
 */
import { defineRule } from './lib/define.js';
import { typeFinder } from './lib/vedlegg-rules.js';

export default defineRule({
  kode: 'UGYLDIG_VEDLEGG_TVANGSKRAFTGRUNNLAG',
  tittel: 'Tvangskraftgrunnlag (varsel) har vedlegg av feil type',
  beskrivelse: 'Begjæringens tvangskraftgrunnlag (varsel) må ha vedlegg av korrekt type',
  avvikstekst: 'Vedlegg for tvangskraftgrunnlag med filnavn %filnavn må være av type tvangskraftgrunnlag',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'The attachment at begjaeringensTvangsgrunnlag[].varsel[].tvangskraftgrunnlag is not of type tvangskraftgrunnlag (stored type if uploaded, else declared type).',
  find: typeFinder('tvangskraftgrunnlag', 'tvangskraftgrunnlag'),
});
