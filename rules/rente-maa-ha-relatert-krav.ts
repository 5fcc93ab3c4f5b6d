/**
 * RENTE_MAA_HA_RELATERT_KRAV: a Rentekrav relates to no krav.
 */
import { defineRule, list } from './lib/define.js';
import { RENTEKRAV } from './lib/krav-index.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'RENTE_MAA_HA_RELATERT_KRAV',
  tittel: 'Relasjon til rentebærende krav mangler',
  beskrivelse: 'Relasjon til rentebærende krav mangler',
  avvikstekst: 'Et rentekrav må ha et relatert krav slik at det relaterer seg til et annet krav som er rentebærende.',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: 'A krav with kravdetaljer Rentekrav has no relatertKrav.',
  *find(b) {
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      if (krav?.kravdetaljer === RENTEKRAV && list(krav.relatertKrav).length === 0) {
        yield { sti: pointer('kravTilInnkreving', i, 'relatertKrav') };
      }
    }
  },
});
