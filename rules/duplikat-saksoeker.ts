/**
 * DUPLIKAT_SAKSOEKER: "Det er ikke tillatt med duplikate saksøkere". Two saksøkere are the same when their
 * identifikator.verdi is (modelled: the page names no criterion); reported at every later occurrence. Matches the
 * page; both models (the saksøker keys are the same).
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
