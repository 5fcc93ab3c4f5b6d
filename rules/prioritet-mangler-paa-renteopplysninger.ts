/**
 * PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER (2.0), "kravlinje for kravlinje": each krav with rentebaerendeKrav (it bears
 * interest that will accrue later) but no rentebaerendeKrav.prioritetISakFremtidigRentekrav, while another krav has a
 * prioritetISak. Model 0.9 has nowhere to put the priority of future interest (and the official 0.9 enkel example
 * sets priorities on rentebærende krav), so the rule applies to 2.0 alone.
 */
import { defineRule, filled, list } from './lib/define.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER',
  tittel: 'Prioritet angitt på ett krav men mangler på renter frem i tid',
  beskrivelse: 'Må melde inn prioritet på renter som skal påløpe senere på alle kravlinjer som er rentebærende, når det er satt prioritet på minst et annet krav (ref. regel I7). Kravlinje for kravlinje.',
  avvikstekst: 'Hvis dere har angitt prioritet på en av kravspostene så må det også angis prioritet på fremtidige renteposter',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['2.0'],
  utloeses: 'A krav with rentebaerendeKrav has no prioritetISakFremtidigRentekrav while another krav has a prioritetISak.',
  *find(b) {
    const krav = list(b.kravTilInnkreving);
    const medPrioritet = krav.filter((k) => filled(k?.prioritetISak)).length;
    for (const [i, k] of krav.entries()) {
      const rentebaerende = k?.rentebaerendeKrav;
      if (!rentebaerende || typeof rentebaerende !== 'object' || rentebaerende.prioritetISakFremtidigRentekrav !== undefined) continue;
      const andreMedPrioritet = medPrioritet - (filled(k.prioritetISak) ? 1 : 0);
      if (andreMedPrioritet > 0) yield { sti: pointer('kravTilInnkreving', i, 'rentebaerendeKrav', 'prioritetISakFremtidigRentekrav') };
    }
  },
});
