/**
 * MANGELFULLE_KONTOOPPLYSNINGER: "Konto må inneholde minst en verdi". The rule fires when betalingsinformasjon is given
 * but its norskKonto is missing or has no filled value; without betalingsinformasjon nothing is asked (modelled: the
 * page requires none). Matches the page; both models (2.0 keeps norskKonto: the changelog does not touch it).
 */
import { defineRule, filled } from './lib/define.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'MANGELFULLE_KONTOOPPLYSNINGER',
  tittel: 'Kontoopplysninger er mangelfulle',
  beskrivelse: 'Kontoopplysninger må være gyldige',
  avvikstekst: 'Konto må inneholde minst en verdi',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'betalingsinformasjon is present but norskKonto is missing or every field of it is empty.',
  *find(b) {
    const info = b.betalingsinformasjon;
    if (!info) return;
    const konto = info.norskKonto;
    if (!konto) yield { sti: pointer('betalingsinformasjon', 'norskKonto') };
    else if (!Object.values(konto).some(filled)) yield { sti: pointer('betalingsinformasjon', 'norskKonto') };
  },
});
