/**
 * PRIORITET_MANGLER_PÅ_RETTSGEBYR (2.0): the court fee is claimed (kreverRettsgebyrErstattet is an object, 1.1 #7)
 * while at least one krav has a prioritetISak, and the fee has none. The fee's own priority is
 * kreverRettsgebyrErstattet.prioritetISak (the page names no key: modelled, typed as the krav's). Model 0.9 has
 * only a boolean for the fee, so the rule applies to 2.0 alone.
 */
import { defineRule, filled, list } from './lib/define.js';

export default defineRule({
  kode: 'PRIORITET_MANGLER_PÅ_RETTSGEBYR',
  tittel: 'Manglende angivelse av prioritet på kravet',
  beskrivelse: 'Gebyr: Må angi prioritet på rettsgebyret hvis saksøkte skal betale dette og det er satt prioritet på minst et annet krav (ref. regel I7)',
  avvikstekst: 'Hvis dere har angitt prioritet på en av kravspostene så må det også angis for rettsgebyret',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['2.0'],
  utloeses: 'kreverRettsgebyrErstattet (an object) has no prioritetISak while a krav has a prioritetISak.',
  *find(b) {
    const gebyr = b.kreverRettsgebyrErstattet;
    if (!gebyr || typeof gebyr !== 'object' || filled(gebyr.prioritetISak)) return;
    if (list(b.kravTilInnkreving).some((k) => filled(k?.prioritetISak))) yield { sti: '/kreverRettsgebyrErstattet/prioritetISak' };
  },
});
