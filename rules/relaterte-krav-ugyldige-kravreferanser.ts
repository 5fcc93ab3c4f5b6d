/**
 * RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER: "… peker på relatert krav med kravreferanse %relatertKravRef som ikke
 * eksisterer": a relatertKrav entry names no krav (by the model's reference key). Message and description as the live
 * page writes them; %hovedkravRef is the relating krav's reference, else its position (modelled).
 */
import { defineRule, list } from './lib/define.js';
import { kravIndex, kravLabel } from './lib/krav-index.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER',
  tittel: 'Relaterte krav peker på krav som ikke eksisterer',
  beskrivelse: 'Kravreferanser må være gyldige',
  avvikstekst: 'Krav med kravreferanse %hovedkravRef peker på relatert krav med kravreferanse %relatertKravRef som ikke eksisterer',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A relatertKrav entry names no krav (by its kravreferanse: 0.9 kravreferanse, 2.0 innsendersKravreferanse).',
  *find(b, ctx) {
    const { byRef } = kravIndex(b, ctx.modell);
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      for (const [j, rel] of list(krav?.relatertKrav).entries()) {
        if (byRef.has(rel)) continue;
        yield {
          sti: pointer('kravTilInnkreving', i, 'relatertKrav', j),
          values: { hovedkravRef: kravLabel(krav, i, ctx.modell), relatertKravRef: String(rel) },
        };
      }
    }
  },
});
