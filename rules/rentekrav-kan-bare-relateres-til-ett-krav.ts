/**
 * RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV: needs the 1.x model, not registered under /v1. Model 1.0 reworked
 * Rentekrav (changelog item 11); in 0.9 a rentekrav may relate to several krav, as Skatteetaten's own official
 * kompleks example does (three rentekrav related to two hovedkrav each), and the sandbox accepts the official examples.
 */
import type { DeferredRule } from './types.js';

const rule: DeferredRule = {
  kode: 'RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV',
  tittel: 'Rentekrav kan bare være relatert til ett krav',
  beskrivelse: 'Rentekrav kan bare være relatert til ett krav',
  avvikstekst: 'Rentekrav må være koblet til ett og bare ett relatert krav og det relaterte kravet må være hovedkrav, kostnad eller gebyr',
  gjelderKunEndringer: false,
  kilde: 'live',
  utloeses: '(/v2) A krav with kravdetaljer Rentekrav has more than one relatertKrav.',
  utsatt: 'Model 1.0 reworked Rentekrav; the 0.9 official kompleks example relates one rentekrav to several krav.',
};

export default rule;
