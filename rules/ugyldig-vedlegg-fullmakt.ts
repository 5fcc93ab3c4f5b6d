/**
 * UGYLDIG_VEDLEGG_FULLMAKT: "Vedlegg for fullmakt … må være av type fullmakt": the fullmakt attachment of a
 * prosessfullmektig (under the model's keys) is not of that type (the stored type when it was uploaded, else the
 * declared one). The field is modelled in both shapes, the attachment itself or a Fullmakt {fraDato, tilDato,
 * fullmakt} holding it (rules/lib/vedlegg-refs.ts): the holder is never read as the attachment.
 */
import { defineRule } from './lib/define.js';
import { typeFinder } from './lib/vedlegg-rules.js';

export default defineRule({
  kode: 'UGYLDIG_VEDLEGG_FULLMAKT',
  tittel: 'Fullmakt har vedlegg av feil type',
  beskrivelse: 'Fullmakt må ha vedlegg av korrekt type',
  avvikstekst: 'Vedlegg for fullmakt med filnavn %filnavn må være av type fullmakt',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses:
    "A prosessfullmektig's fullmakt attachment (modelled: <party>.<prosessfullmektig key>.fullmakt, or .fullmakt.fullmakt under a Fullmakt with fraDato/tilDato) is not of type fullmakt (stored type if uploaded, else declared type).",
  find: typeFinder('fullmakt', 'fullmakt'),
});
