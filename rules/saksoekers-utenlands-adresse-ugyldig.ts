/**
 * SAKSOEKERS_UTENLANDS_ADRESSE_UGYLDIG: "sin adresse utenlands må minimum inneholde poststed og landkode": a
 * saksøker's address with adresseUtland lacks poststedsnavn or landkode. The 0.9 examples have no foreign address:
 * adresseUtland.adresseFrittFormatUtland and the key poststedsnavn are modelled.
 */
import { adresseFinder } from './lib/adresse.js';
import { defineRule } from './lib/define.js';
import { saksoekere } from './lib/parter.js';

export default defineRule({
  kode: 'SAKSOEKERS_UTENLANDS_ADRESSE_UGYLDIG',
  tittel: 'Minimumsadresse utland for saksøker',
  beskrivelse: 'Begjæring må inneholde et minimum av opplysninger for adresser',
  avvikstekst: 'Saksøker %saksøker sin adresse utenlands må minimum inneholde poststed og landkode',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'A saksoeker address with adresseUtland lacks poststedsnavn or landkode.',
  find: adresseFinder(saksoekere, 'utland', 'saksøker'),
});
