/**
 * KRAV_I_FLERE_TVANGSGRUNNLAG: "Et krav kan ikke inngå i flere tvangsgrunnlag". The rule fires for a kravreferanse
 * listed in innsendersKravreferanse of more than one tvangsgrunnlag, at every listing after the first tvangsgrunnlag.
 * Matches the page; both models (the tvangsgrunnlag's key is innsendersKravreferanse in both).
 */
import { defineRule, list } from './lib/define.js';
import { kravIndex } from './lib/krav-index.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'KRAV_I_FLERE_TVANGSGRUNNLAG',
  tittel: 'Krav i flere tvangsgrunnlag',
  beskrivelse: 'Et krav kan ikke inngå i flere tvangsgrunnlag',
  avvikstekst: 'Et krav kan ikke inngå i flere tvangsgrunnlag',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'The same kravreferanse appears in innsendersKravreferanse of two or more tvangsgrunnlag.',
  *find(b, ctx) {
    const { tvangsgrunnlagByRef } = kravIndex(b, ctx.modell);
    for (const [i, tg] of list(b.begjaeringensTvangsgrunnlag).entries()) {
      for (const [k, ref] of list(tg?.innsendersKravreferanse).entries()) {
        if ((tvangsgrunnlagByRef.get(ref)?.[0] ?? i) !== i) {
          yield { sti: pointer('begjaeringensTvangsgrunnlag', i, 'innsendersKravreferanse', k) };
        }
      }
    }
  },
});
