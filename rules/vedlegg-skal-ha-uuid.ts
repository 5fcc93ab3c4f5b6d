/**
 * VEDLEGG_SKAL_HA_UUID: "Vedlegg '%s' mangler uuid": an attachment reference (anywhere, in either shape of fullmakt
 * and transporterklæring: rules/lib/vedlegg-refs.ts) has no uuid. A Fullmakt or a transport that holds no attachment
 * references none: it is not an attachment without uuid.
 */
import { defineRule } from './lib/define.js';
import { resolvedRefs } from './lib/vedlegg-refs.js';

export default defineRule({
  kode: 'VEDLEGG_SKAL_HA_UUID',
  tittel: 'Vedlegg referert til i begjæringen har ikke fylt ut uuid',
  beskrivelse: 'Alle vedlegg knyttet til begjæringen skal ha utfylt uuid',
  avvikstekst: "Vedlegg '%s' mangler uuid",
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'An attachment reference has an empty or missing uuid.',
  *find(b, ctx) {
    for (const ref of resolvedRefs(b, ctx)) if (ref.uuid === undefined) yield { sti: ref.sti + '/uuid', values: [ref.filnavn] };
  },
});
