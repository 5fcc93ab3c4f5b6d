/**
 * KRAV_DUPLIKATE_REFERANSER: "Begjæringens krav må ha unike kravreferanser" (the model text: innsendersKravreferanse
 * "skal unikt identifisere et krav innenfor en Utleggsbegjæring"). The rule fires once per reference used by two
 * krav, at its second occurrence, reading the model's key (0.9 kravreferanse, 2.0 innsendersKravreferanse). Matches
 * the page; both models.
 */
import { defineRule, list } from './lib/define.js';
import { kravreferanse } from './lib/modell.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'KRAV_DUPLIKATE_REFERANSER',
  tittel: 'Krav har ikke unike kravreferanser',
  beskrivelse: 'Begjæringens krav må ha unike kravreferanser',
  avvikstekst: 'Det foreligger flere krav med kravreferanse %kravreferanse',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'Two kravTilInnkreving entries have the same kravreferanse (0.9 kravreferanse, 2.0 innsendersKravreferanse).',
  *find(b, ctx) {
    const m = ctx.modell;
    const seen = new Set<string>();
    const reported = new Set<string>();
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      const ref = kravreferanse(krav, m);
      if (ref === undefined) continue;
      if (seen.has(ref) && !reported.has(ref)) {
        reported.add(ref);
        yield { sti: pointer('kravTilInnkreving', i, m.kravreferanse), values: { kravreferanse: ref } };
      }
      seen.add(ref);
    }
  },
});
