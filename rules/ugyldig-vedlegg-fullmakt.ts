/**
 * UGYLDIG_VEDLEGG_FULLMAKT: the attachment at <party>.prosessfullmektig.fullmakt (modelled field: the examples have none) is not of type fullmakt
 * (the stored type when it was uploaded, else the declared one). Type named in lower case as the live page does.
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
  utloeses: 'The attachment at <party>.prosessfullmektig.fullmakt (modelled field: the examples have none) is not of type fullmakt (stored type if uploaded, else declared type).',
  find: typeFinder('fullmakt', 'fullmakt'),
});
