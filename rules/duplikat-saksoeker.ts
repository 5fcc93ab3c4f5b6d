/**
 * DUPLIKAT_SAKSOEKER: two saksøkere with the same identifier; reported at every later occurrence.
 */
import { defineRule } from './lib/define.js';
import { duplicates, identifikatorSti, saksoekere } from './lib/parter.js';

export default defineRule({
  kode: 'DUPLIKAT_SAKSOEKER',
  tittel: 'Duplikat saksøker',
  beskrivelse: 'Det er ikke tillatt med duplikate saksøkere',
  avvikstekst: 'Det er ikke tillatt med duplikate saksøkere',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'Two saksoeker entries carry the same identifikator.verdi (reported at the later one).',
  *find(b) {
    for (const ref of duplicates(saksoekere(b))) yield { sti: identifikatorSti(ref) };
  },
});
