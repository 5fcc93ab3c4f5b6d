/**
 * HOVEDSTOL_SKAL_IKKE_HA_ET_RELATERT_KRAV: "En hovedstol skal ikke ha en relatert krav". A hovedstol is a krav with
 * kravdetaljer "Hovedkrav" (the code list's name for it: modelled); the rule fires when it has a non-empty
 * relatertKrav, which the model text reserves for "renter eller andre omkostninger (tilleggskrav)". Matches the
 * page; both models.
 */
import { defineRule, list } from './lib/define.js';
import { HOVEDKRAV } from './lib/krav-index.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'HOVEDSTOL_SKAL_IKKE_HA_ET_RELATERT_KRAV',
  tittel: 'Hovedstol har et relatert krav',
  beskrivelse: 'En hovedstol skal ikke ha en relatert krav',
  avvikstekst: 'Hovedstol har et relatert krav',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: 'A krav with kravdetaljer Hovedkrav has a non-empty relatertKrav.',
  *find(b) {
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      if (krav?.kravdetaljer === HOVEDKRAV && list(krav.relatertKrav).length > 0) {
        yield { sti: pointer('kravTilInnkreving', i, 'relatertKrav') };
      }
    }
  },
});
