/**
 * SAKSOEKERS_INNENLANDS_ADRESSE_UGYLDIG: "sin adresse innenlands må minimum inneholde adressetekst og postnummer":
 * a saksøker's address with adresseInnland lacks either, as the text says. Only the saksøker's own addresses: the
 * prosessfullmektig is not the saksøker.
 */
import { adresseFinder } from './lib/adresse.js';
import { defineRule } from './lib/define.js';
import { saksoekere } from './lib/parter.js';

export default defineRule({
  kode: 'SAKSOEKERS_INNENLANDS_ADRESSE_UGYLDIG',
  tittel: 'Minimumsadresse innenlands for saksøker',
  beskrivelse: 'Begjæring må inneholde et minimum av opplysninger for adresser',
  avvikstekst: 'Saksøker %saksøker sin adresse innenlands må minimum inneholde adressetekst og postnummer',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A saksoeker address with adresseInnland lacks adressetekst or postnummer.',
  find: adresseFinder(saksoekere, 'innland', 'saksøker'),
});
