/**
 * SAKSØKTES_INNENLANDS_ADRESSE_UGYLDIG: "sin adresse innenlands må minimum inneholde adressetekst og postnummer":
 * a saksøkt's address with adresseInnland lacks either, as the text says (the saksøktes prosessfullmektig is not
 * concerned).
 */
import { adresseFinder } from './lib/adresse.js';
import { defineRule } from './lib/define.js';
import { saksoekte } from './lib/parter.js';

export default defineRule({
  kode: 'SAKSØKTES_INNENLANDS_ADRESSE_UGYLDIG',
  tittel: 'Minimumsadresse innenlands for saksøkte',
  beskrivelse: 'Begjæring må inneholde et minimum av opplysninger for adresser',
  avvikstekst: 'Saksøkte %saksøkt sin adresse innenlands må minimum inneholde adressetekst og postnummer',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A saksoekt address with adresseInnland lacks adressetekst or postnummer.',
  find: adresseFinder(saksoekte, 'innland', 'saksøkt'),
});
