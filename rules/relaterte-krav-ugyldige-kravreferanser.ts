/**
 * RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER: a relatertKrav entry names no krav. Message and description as
 * the live page writes them.
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
  utloeses: 'A relatertKrav entry names no kravTilInnkreving[].kravreferanse.',
  *find(b) {
    const { byRef } = kravIndex(b);
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      for (const [j, rel] of list(krav?.relatertKrav).entries()) {
        if (byRef.has(rel)) continue;
        yield {
          sti: pointer('kravTilInnkreving', i, 'relatertKrav', j),
          values: { hovedkravRef: kravLabel(krav, i), relatertKravRef: String(rel) },
        };
      }
    }
  },
});
