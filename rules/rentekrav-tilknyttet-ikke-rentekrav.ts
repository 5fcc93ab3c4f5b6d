/**
 * RENTEKRAV_TILKNYTTET_IKKE_RENTEKRAV: interest-claim content (erRentekrav) on a krav whose kravdetaljer is
 * not Rentekrav.
 */
import { defineRule, list } from './lib/define.js';
import { RENTEKRAV } from './lib/krav-index.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'RENTEKRAV_TILKNYTTET_IKKE_RENTEKRAV',
  tittel: 'Rentekrav for ikke rentekrav',
  beskrivelse: 'Rentekrav må være tilknyttet rentekrav',
  avvikstekst: 'Rentekrav kan kun tilknyttes krav med kravdetaljer rentekrav',
  gjelderKunEndringer: false,
  kilde: 'live',
  utloeses: 'A krav with erRentekrav has kravdetaljer other than Rentekrav.',
  *find(b) {
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      if (krav?.erRentekrav && krav.kravdetaljer !== RENTEKRAV) yield { sti: pointer('kravTilInnkreving', i, 'erRentekrav') };
    }
  },
});
