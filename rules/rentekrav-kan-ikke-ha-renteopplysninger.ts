/**
 * RENTEKRAV_KAN_IKKE_HA_RENTEOPPLYSNINGER: "Rentekrav kan ikke ha renteopplysninger": a Rentekrav carries
 * renteOpplysning (interest on interest) or, in 2.0, rentebaerendeKrav (the same claim in the model's newer field: 1.0
 * #11 "fjernet relasjon til Renteopplysninger"). The live title is truncated ("Rentekrav ka"); kept as written.
 */
import { defineRule, list } from './lib/define.js';
import { RENTEKRAV } from './lib/krav-index.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'RENTEKRAV_KAN_IKKE_HA_RENTEOPPLYSNINGER',
  tittel: 'Rentekrav ka',
  beskrivelse: 'Rentekrav kan ikke ha tilknyttet renteopplysninger',
  avvikstekst: 'Rentekrav kan ikke ha renteopplysninger',
  gjelderKunEndringer: false,
  kilde: 'live',
  modeller: ['0.9', '2.0'],
  utloeses: 'A krav with kravdetaljer Rentekrav has renteOpplysning or (2.0) rentebaerendeKrav.',
  *find(b) {
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      if (krav?.kravdetaljer !== RENTEKRAV) continue;
      if (krav.renteOpplysning) yield { sti: pointer('kravTilInnkreving', i, 'renteOpplysning') };
      if (krav.rentebaerendeKrav) yield { sti: pointer('kravTilInnkreving', i, 'rentebaerendeKrav') };
    }
  },
});
