/**
 * RELATERTE_KRAV_MÅ_FINNES: "Et relatert krav må finnes i samme tvangsgrunnlag": a krav relates to an existing krav
 * that sits in none of its tvangsgrunnlag. Title as the live page writes it. A krav in no tvangsgrunnlag is
 * KRAV_IKKE_BENYTTET's; an unknown reference is RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER's.
 */
import { defineRule, list } from './lib/define.js';
import { kravreferanse } from './lib/modell.js';
import { kravIndex } from './lib/krav-index.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'RELATERTE_KRAV_MÅ_FINNES',
  tittel: 'Relaterte krav må peke til krav i samme tvangsgrunnlag',
  beskrivelse: 'Et relatert krav må finnes i samme tvangsgrunnlag',
  avvikstekst: 'Relaterte krav må finnes i samme tvangsgrunnlag',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A relatertKrav entry names an existing krav that no tvangsgrunnlag of the relating krav lists.',
  *find(b, ctx) {
    const { byRef, tvangsgrunnlagByRef } = kravIndex(b, ctx.modell);
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      const own = tvangsgrunnlagByRef.get(kravreferanse(krav, ctx.modell) ?? '');
      if (!own) continue;
      for (const [j, rel] of list(krav?.relatertKrav).entries()) {
        if (!byRef.has(rel)) continue;
        const theirs = tvangsgrunnlagByRef.get(rel) ?? [];
        if (!own.some((t) => theirs.includes(t))) yield { sti: pointer('kravTilInnkreving', i, 'relatertKrav', j) };
      }
    }
  },
});
