/**
 * UGYLDIG_VEDLEGG_TRANSPORTERKLÆRING: "Vedlegg for transporterklæring … må være av type transporterklæring": the
 * attachment of a krav's transporterklæring is not of that type (the stored type when it was uploaded, else the
 * declared one). The field is modelled in both shapes, the attachment itself or the list of transports
 * [{dato, transportertFra, beloep, transporterklaering}] (rules/lib/vedlegg-refs.ts): a transport is never read as the
 * attachment.
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
  utloeses:
    'A transporterklæring attachment (modelled: kravTilInnkreving[].transporterklaering, or [].transporterklaering[].transporterklaering in a list of transports) is not of type transporterklæring (stored type if uploaded, else declared type).',
  find: typeFinder('transporterklaering', 'transporterklæring'),
});
