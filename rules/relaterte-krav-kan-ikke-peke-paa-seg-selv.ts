/**
 * RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV: "Relaterte krav kan ikke peke på seg selv": a krav whose relatertKrav
 * lists its own reference (0.9 kravreferanse, 2.0 innsendersKravreferanse) is named at that entry, as the text says.
 */
import { defineRule, filled, list } from './lib/define.js';
import { kravreferanse } from './lib/modell.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV',
  tittel: 'Relaterte krav kan ikke peke på seg selv',
  beskrivelse: 'Relaterte krav kan ikke peke på seg selv',
  avvikstekst: 'Relaterte krav kan ikke peke på seg selv',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: "A krav's relatertKrav contains its own kravreferanse.",
  *find(b, ctx) {
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      const ref = kravreferanse(krav, ctx.modell);
      for (const [j, rel] of list(krav?.relatertKrav).entries()) {
        if (filled(rel) && rel === ref) yield { sti: pointer('kravTilInnkreving', i, 'relatertKrav', j) };
      }
    }
  },
});
