/**
 * UGYLDIG_VEDLEGG_BETALINGSOPPFORDRING: "Vedlegg for betalingsoppfordring … må være av type betalingsoppfordring": the
 * attachment at kravTilInnkreving[].betalingsoppfordring[].betalingsoppfordring is not of that type (the stored type
 * when it was uploaded, else the declared one). Type named in lower case as the live page does.
 */
import { defineRule } from './lib/define.js';
import { typeFinder } from './lib/vedlegg-rules.js';

export default defineRule({
  kode: 'UGYLDIG_VEDLEGG_BETALINGSOPPFORDRING',
  tittel: 'Betalingsoppfordring har vedlegg av feil type',
  beskrivelse: 'Betalingsoppfordring må ha vedlegg av korrekt type',
  avvikstekst: 'Vedlegg for betalingsoppfordring med filnavn %filnavn må være av type betalingsoppfordring',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'The attachment at kravTilInnkreving[].betalingsoppfordring[].betalingsoppfordring is not of type betalingsoppfordring (stored type if uploaded, else declared type).',
  find: typeFinder('betalingsoppfordring', 'betalingsoppfordring'),
});
