/**
 * RENTEKRAV_KAN_IKKE_HA_RENTEKRAV: "Et rentekrav kan ikke være relatert til et annet rentekrav": a Rentekrav whose
 * relatertKrav names another Rentekrav is named at that entry, as the text says (a self-reference is
 * RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV's).
 */
import { defineRule, list } from './lib/define.js';
import { RENTEKRAV, kravIndex } from './lib/krav-index.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'RENTEKRAV_KAN_IKKE_HA_RENTEKRAV',
  tittel: 'Uriktig relasjon til rentekravet',
  beskrivelse: 'Rentekrav kan ikke peke på annet rentekrav',
  avvikstekst: 'Et rentekrav kan ikke være relatert til et annet rentekrav. Oppgi korrekt relasjon til et rentebærende krav.',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: 'A Rentekrav has a relatertKrav naming another Rentekrav.',
  *find(b, ctx) {
    const { byRef } = kravIndex(b, ctx.modell);
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      if (krav?.kravdetaljer !== RENTEKRAV) continue;
      for (const [j, rel] of list(krav.relatertKrav).entries()) {
        const target = byRef.get(rel);
        if (target && target !== krav && target.kravdetaljer === RENTEKRAV) {
          yield { sti: pointer('kravTilInnkreving', i, 'relatertKrav', j) };
        }
      }
    }
  },
});
