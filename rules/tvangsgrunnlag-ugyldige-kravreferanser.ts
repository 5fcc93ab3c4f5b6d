/**
 * TVANGSGRUNNLAG_UGYLDIGE_KRAVREFERANSER: "Begjæringens tvangsgrunnlag med kravreferanse %kravreferanse peker på
 * krav som ikke eksisterer": an innsendersKravreferanse entry names no krav (by the model's reference key), as the
 * text says.
 */
import { defineRule, list } from './lib/define.js';
import { kravIndex } from './lib/krav-index.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'TVANGSGRUNNLAG_UGYLDIGE_KRAVREFERANSER',
  tittel: 'Begjæringens tvangsgrunnlag peker på krav som ikke eksisterer',
  beskrivelse: 'Begjæringens tvangsgrunnlag på peke på krav',
  avvikstekst: 'Begjæringens tvangsgrunnlag med kravreferanse %kravreferanse peker på krav som ikke eksisterer',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A tvangsgrunnlag\'s innsendersKravreferanse entry names no krav (by its kravreferanse: 0.9 kravreferanse, 2.0 innsendersKravreferanse).',
  *find(b, ctx) {
    const { byRef } = kravIndex(b, ctx.modell);
    for (const [i, tg] of list(b.begjaeringensTvangsgrunnlag).entries()) {
      for (const [k, kravreferanse] of list(tg?.innsendersKravreferanse).entries()) {
        if (!byRef.has(kravreferanse)) {
          yield { sti: pointer('begjaeringensTvangsgrunnlag', i, 'innsendersKravreferanse', k), values: { kravreferanse: String(kravreferanse) } };
        }
      }
    }
  },
});
