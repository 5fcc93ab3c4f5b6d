/**
 * KRAV_OPPGIS_UTEN_FORFALLSDATO: "Dette kravet oppgis uten forfallsdato"; the model text says which: "skal ikke fylles
 * ut for SakskostnaderForSkriving og Rentekrav" (1.1 #13). The rule fires for such a krav with a
 * kravforfall.forfallsdato: under 2.0 both kinds, under 0.9 SakskostnaderForSkriving only (model-specific: before
 * 1.1 kravforfall was given on every krav, rentekrav included, as both official 0.9 examples do; the model view's
 * `utenForfallsdato`). %forfallsdato names the krav as in KRAV_MANGLER_FORFALLSDATO.
 */
import { defineRule, filled, list } from './lib/define.js';
import { kravNavn } from './lib/krav-index.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'KRAV_OPPGIS_UTEN_FORFALLSDATO',
  tittel: 'Forfallsdato skal ikke oppgis',
  beskrivelse: 'Dette kravet oppgis uten forfallsdato',
  avvikstekst: '%forfallsdato skal oppgis uten forfallsdato',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: 'A SakskostnaderForSkriving krav (2.0: or a Rentekrav, 1.1 #13) has a kravforfall.forfallsdato.',
  *find(b, ctx) {
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      if (!ctx.modell.utenForfallsdato.has(krav?.kravdetaljer ?? '') || !filled(krav.kravforfall?.forfallsdato)) continue;
      yield { sti: pointer('kravTilInnkreving', i, 'kravforfall', 'forfallsdato'), values: { forfallsdato: kravNavn(krav, i, ctx.modell) } };
    }
  },
});
