/**
 * PRIORITET_MANGLER: "Hvis prioritet er angitt, så må det angis på alle": when one krav has a prioritetISak, every
 * krav without one is named. The rettsgebyr's and future interest's priorities are their own rules'
 * (PRIORITET_MANGLER_PÅ_RETTSGEBYR, _PÅ_RENTEOPPLYSNINGER); the text speaks of kravspostene only.
 */
import { defineRule, filled, list } from './lib/define.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'PRIORITET_MANGLER',
  tittel: 'Manglende angivelse av prioritet på kravet',
  beskrivelse: 'Hvis prioritet er angitt, så må det angis på alle.',
  avvikstekst: 'Hvis dere har angitt prioritet på en av kravspostene, må det også angis på de øvrige kravspostene',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: 'At least one krav has prioritetISak and another has none.',
  *find(b) {
    const krav = list(b.kravTilInnkreving);
    if (!krav.some((k) => filled(k?.prioritetISak))) return;
    for (const [i, k] of krav.entries()) {
      if (!filled(k?.prioritetISak)) yield { sti: pointer('kravTilInnkreving', i, 'prioritetISak') };
    }
  },
});
