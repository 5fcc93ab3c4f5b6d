/**
 * KRAV_IKKE_BENYTTET: "Alle krav lagt til i begjæringen må dokumenteres" — a krav must be listed by a tvangsgrunnlag
 * (the model text: its innsendersKravreferanse "skal liste alle kravene som er knyttet til dette tvangsgrunnlaget").
 * The rule fires for a krav whose reference (the model's key) no tvangsgrunnlag lists, or that has none (named by
 * its position: modelled). Matches the page; both models.
 */
import { defineRule, list } from './lib/define.js';
import { kravreferanse } from './lib/modell.js';
import { kravIndex, kravLabel } from './lib/krav-index.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'KRAV_IKKE_BENYTTET',
  tittel: 'Begjæringen inneholder krav som ikke er dokumentert gjennom tvangsgrunnlag',
  beskrivelse: 'Alle krav lagt til i begjæringen må dokumenteres',
  avvikstekst: 'Krav med kravreferanse %kravreferanse er ikke referert til fra begjaeringens tvangsgrunnlag',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A krav whose kravreferanse (0.9 kravreferanse, 2.0 innsendersKravreferanse) is in no begjaeringensTvangsgrunnlag[].innsendersKravreferanse.',
  *find(b, ctx) {
    const m = ctx.modell;
    const { tvangsgrunnlagByRef } = kravIndex(b, m);
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      const ref = kravreferanse(krav, m);
      if (ref !== undefined && tvangsgrunnlagByRef.has(ref)) continue;
      yield { sti: pointer('kravTilInnkreving', i, m.kravreferanse), values: { kravreferanse: kravLabel(krav, i, m) } };
    }
  },
});
