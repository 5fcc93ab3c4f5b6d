/**
 * UGYLDIG_KONTONR: "Kontonummer har rett format": the kontonummer is not 11 digits with a valid mod 11 control
 * digit (the page names no algorithm: modelled after the Norwegian account number).
 */
import { isValidKontonummer } from './checksums.js';
import { defineRule, filled } from './lib/define.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'UGYLDIG_KONTONR',
  tittel: 'Ugyldig kontonummer',
  beskrivelse: 'Kontonummer har rett format',
  avvikstekst: 'Mottakers kontonummer %kontonummer er feil',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'betalingsinformasjon.norskKonto.kontonummer is not 11 digits with a valid mod 11 control digit.',
  *find(b) {
    const kontonummer = b.betalingsinformasjon?.norskKonto?.kontonummer;
    if (filled(kontonummer) && !isValidKontonummer(kontonummer)) {
      yield { sti: pointer('betalingsinformasjon', 'norskKonto', 'kontonummer'), values: { kontonummer } };
    }
  },
});
