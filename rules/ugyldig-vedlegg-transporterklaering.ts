/**
 * UGYLDIG_VEDLEGG_TRANSPORTERKLÆRING: the attachment at kravTilInnkreving[].transporterklaering (modelled field: the examples have none) is not of type transporterklæring
 * (the stored type when it was uploaded, else the declared one). Type named in lower case as the live page does.
 */
import { defineRule } from './lib/define.js';
import { typeFinder } from './lib/vedlegg-rules.js';

export default defineRule({
  kode: 'UGYLDIG_VEDLEGG_TRANSPORTERKLÆRING',
  tittel: 'Transporterklæring har vedlegg av feil type',
  beskrivelse: 'Transporterklæring må ha vedlegg av korrekt type',
  avvikstekst: 'Vedlegg for transporterklæring med filnavn %filnavn må være av type transporterklæring',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'The attachment at kravTilInnkreving[].transporterklaering (modelled field: the examples have none) is not of type transporterklæring (stored type if uploaded, else declared type).',
  find: typeFinder('transporterklaering', 'transporterklæring'),
});
