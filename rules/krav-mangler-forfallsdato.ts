/**
 * KRAV_MANGLER_FORFALLSDATO: "Det må oppgis forfallsdato for kravet"; the model text and 1.1 #13 say for which:
 * "skal fylles ut for Hovedkrav, TidligereRettsligeSakskostnader og UtenrettsligeKostnader". The rule fires for a
 * krav of those kinds without kravforfall.forfallsdato. Matches the page; both models (0.9 asks no more of them).
 * %forfallsdato names the krav: "<kravdetaljer> med kravreferanse <ref>" (modelled).
 */
import { defineRule, filled, list } from './lib/define.js';
import { HOVEDKRAV, kravNavn } from './lib/krav-index.js';
import { pointer } from './lib/text.js';

const MED_FORFALL: ReadonlySet<string> = new Set([HOVEDKRAV, 'UtenrettsligeKostnader', 'TidligereRettsligeSakskostnader']);

export default defineRule({
  kode: 'KRAV_MANGLER_FORFALLSDATO',
  tittel: 'Mangler forfallsdato',
  beskrivelse: 'Det må oppgis forfallsdato for kravet',
  avvikstekst: 'Det må oppgis forfallsdato for %forfallsdato',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: 'A Hovedkrav, UtenrettsligeKostnader or TidligereRettsligeSakskostnader krav has no kravforfall.forfallsdato.',
  *find(b, ctx) {
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      if (!MED_FORFALL.has(krav?.kravdetaljer ?? '') || filled(krav.kravforfall?.forfallsdato)) continue;
      yield { sti: pointer('kravTilInnkreving', i, 'kravforfall', 'forfallsdato'), values: { forfallsdato: kravNavn(krav, i, ctx.modell) } };
    }
  },
});
