/**
 * UGYLDIG_VEDLEGG_TVANGSGRUNNLAG: "Vedlegg for tvangsgrunnlag med betegnelse %betegnelse må være av type
 * tvangsgrunnlag": the attachment at begjaeringensTvangsgrunnlag[].tvangsgrunnlag is not of that type (the stored type
 * when it was uploaded, else the declared one); %betegnelse is the tvangsgrunnlag's betegnelse, else the filnavn.
 */
import { defineRule } from './lib/define.js';
import { typeFinder } from './lib/vedlegg-rules.js';

export default defineRule({
  kode: 'UGYLDIG_VEDLEGG_TVANGSGRUNNLAG',
  tittel: 'Tvangsgrunnlag har vedlegg av feil type',
  beskrivelse: 'Begjæringens tvangsgrunnlag må ha vedlegg av korrekt type',
  avvikstekst: 'Vedlegg for tvangsgrunnlag med betegnelse %betegnelse må være av type tvangsgrunnlag',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'The attachment at begjaeringensTvangsgrunnlag[].tvangsgrunnlag is not of type tvangsgrunnlag (stored type if uploaded, else declared type).',
  find: typeFinder('tvangsgrunnlag', 'tvangsgrunnlag', (ref, b) => ({
    betegnelse: b.begjaeringensTvangsgrunnlag?.[ref.tvangsgrunnlag ?? -1]?.betegnelseAvTvangsgrunnlag ?? ref.filnavn,
  })),
});
