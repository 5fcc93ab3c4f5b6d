/**
 * SAKSØKTES_UTENLANDS_ADRESSE_UGYLDIG: "sin adresse utland må minimum inneholde poststed og landkode": a saksøkt's
 * address with adresseUtland lacks poststedsnavn or landkode. The 0.9 examples have no foreign address:
 * adresseUtland.adresseFrittFormatUtland and the key poststedsnavn are modelled.
 */
import { adresseFinder } from './lib/adresse.js';
import { defineRule } from './lib/define.js';
import { saksoekte } from './lib/parter.js';

export default defineRule({
  kode: 'SAKSØKTES_UTENLANDS_ADRESSE_UGYLDIG',
  tittel: 'Saksøktes utenlandsadresse er ugyldig',
  beskrivelse: 'Begjæring må inneholde et minimum av opplysninger for adresser',
  avvikstekst: 'Saksøkte %saksøkt sin adresse utland må minimum inneholde poststed og landkode',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A saksoekt address with adresseUtland lacks poststedsnavn or landkode.',
  find: adresseFinder(saksoekte, 'utland', 'saksøkt'),
});
