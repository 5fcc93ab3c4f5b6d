/**
 * PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER: needs the 1.x model, not registered under /v1. The priority of
 * future interest is the 1.1 field prioritetISakFremtidigRentekrav; 0.9 has nowhere to put it (the official
 * enkel example sets priorities and has rentebærende krav, so any 0.9 reading would reject it).
 */
import type { DeferredRule } from './types.js';

const rule: DeferredRule = {
  kode: 'PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER',
  tittel: 'Prioritet angitt på ett krav men mangler på renter frem i tid',
  beskrivelse: 'Må melde inn prioritet på renter som skal påløpe senere på alle kravlinjer som er rentebærende, når det er satt prioritet på minst et annet krav (ref. regel I7). Kravlinje for kravlinje.',
  avvikstekst: 'Hvis dere har angitt prioritet på en av kravspostene så må det også angis prioritet på fremtidige renteposter',
  gjelderKunEndringer: false,
  kilde: 'live',
  utloeses: '(/v2) A rentebærende krav has no priority for future interest while another krav has a priority.',
  utsatt: 'Needs prioritetISakFremtidigRentekrav (model 1.1); model 0.9 has no field for the priority of future interest.',
};

export default rule;
