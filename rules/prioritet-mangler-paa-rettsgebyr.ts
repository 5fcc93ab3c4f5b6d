/**
 * PRIORITET_MANGLER_PÅ_RETTSGEBYR: needs the 1.x model, not registered under /v1. In 0.9
 * kreverRettsgebyrErstattet is a boolean; 1.1 makes it an object that can carry the rettsgebyr's priority.
 */
import type { DeferredRule } from './types.js';

const rule: DeferredRule = {
  kode: 'PRIORITET_MANGLER_PÅ_RETTSGEBYR',
  tittel: 'Manglende angivelse av prioritet på kravet',
  beskrivelse: 'Gebyr: Må angi prioritet på rettsgebyret hvis saksøkte skal betale dette og det er satt prioritet på minst et annet krav (ref. regel I7)',
  avvikstekst: 'Hvis dere har angitt prioritet på en av kravspostene så må det også angis for rettsgebyret',
  gjelderKunEndringer: false,
  kilde: 'live',
  utloeses: '(/v2) kreverRettsgebyrErstattet without a priority while another krav has a priority.',
  utsatt: 'Needs kreverRettsgebyrErstattet as an object with a priority (model 1.1); in 0.9 it is a boolean.',
};

export default rule;
