/**
 * DUPLIKAT_SAKSOEKT: "Det er ikke tillatt med duplikate saksøkte". Two saksøkte are the same when their
 * identifikator.verdi is (modelled: the page names no criterion); reported at every later occurrence. Matches the
 * page; both models.
 */
import { defineRule } from './lib/define.js';
import { duplicates, identifikatorSti, saksoekte } from './lib/parter.js';

export default defineRule({
  kode: 'DUPLIKAT_SAKSOEKT',
  tittel: 'Duplikat saksøkt',
  beskrivelse: 'Det er ikke tillatt med duplikate saksøkte',
  avvikstekst: 'Det er ikke tillatt med duplikate saksøkte',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'Two saksoekt entries carry the same identifikator.verdi (reported at the later one).',
  *find(b) {
    for (const ref of duplicates(saksoekte(b))) yield { sti: identifikatorSti(ref) };
  },
});
