/**
 * RENTEKRAV_TILKNYTTET_IKKE_RENTEKRAV: "Rentekrav kan kun tilknyttes krav med kravdetaljer rentekrav":
 * interest-claim content (0.9 erRentekrav, 2.0 rentekrav) on a krav whose kravdetaljer is not Rentekrav, as the text
 * says.
 */
import { defineRule, list } from './lib/define.js';
import { RENTEKRAV } from './lib/krav-index.js';
import { rentekravAv } from './lib/modell.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'RENTEKRAV_TILKNYTTET_IKKE_RENTEKRAV',
  tittel: 'Rentekrav for ikke rentekrav',
  beskrivelse: 'Rentekrav må være tilknyttet rentekrav',
  avvikstekst: 'Rentekrav kan kun tilknyttes krav med kravdetaljer rentekrav',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: 'A krav with interest-claim content (0.9 erRentekrav, 2.0 rentekrav) has kravdetaljer other than Rentekrav.',
  *find(b, ctx) {
    const m = ctx.modell;
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      if (rentekravAv(krav, m) && krav.kravdetaljer !== RENTEKRAV) yield { sti: pointer('kravTilInnkreving', i, m.rentekrav) };
    }
  },
});
