/**
 * KRAV_DUPLIKATE_REFERANSER: two krav share a kravreferanse; reported once per reference, at its second
 * occurrence.
 */
import { defineRule, filled, list } from './lib/define.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'KRAV_DUPLIKATE_REFERANSER',
  tittel: 'Krav har ikke unike kravreferanser',
  beskrivelse: 'Begjæringens krav må ha unike kravreferanser',
  avvikstekst: 'Det foreligger flere krav med kravreferanse %kravreferanse',
  gjelderKunEndringer: false,
  kilde: 'seed',
  utloeses: 'Two kravTilInnkreving entries have the same kravreferanse.',
  *find(b) {
    const seen = new Set<string>();
    const reported = new Set<string>();
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      const kravreferanse = krav?.kravreferanse;
      if (!filled(kravreferanse)) continue;
      if (seen.has(kravreferanse) && !reported.has(kravreferanse)) {
        reported.add(kravreferanse);
        yield { sti: pointer('kravTilInnkreving', i, 'kravreferanse'), values: { kravreferanse } };
      }
      seen.add(kravreferanse);
    }
  },
});
