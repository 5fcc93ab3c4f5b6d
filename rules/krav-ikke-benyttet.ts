/**
 * KRAV_IKKE_BENYTTET: a krav that no tvangsgrunnlag lists in innsendersKravreferanse.
 */
import { defineRule, filled, list } from './lib/define.js';
import { kravIndex, kravLabel } from './lib/krav-index.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'KRAV_IKKE_BENYTTET',
  tittel: 'Begjæringen inneholder krav som ikke er dokumentert gjennom tvangsgrunnlag',
  beskrivelse: 'Alle krav lagt til i begjæringen må dokumenteres',
  avvikstekst: 'Krav med kravreferanse %kravreferanse er ikke referert til fra begjaeringens tvangsgrunnlag',
  gjelderKunEndringer: false,
  kilde: 'seed',
  utloeses: 'A krav whose kravreferanse is in no begjaeringensTvangsgrunnlag[].innsendersKravreferanse.',
  *find(b) {
    const { tvangsgrunnlagByRef } = kravIndex(b);
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      if (filled(krav?.kravreferanse) && tvangsgrunnlagByRef.has(krav.kravreferanse)) continue;
      yield { sti: pointer('kravTilInnkreving', i, 'kravreferanse'), values: { kravreferanse: kravLabel(krav, i) } };
    }
  },
});
