/**
 * UGYLDIG_KID: "KID har rett format": the KID fails both the mod 10 (Luhn) and the mod 11 check (the page names no
 * algorithm: modelled after the KID standard).
 */
import { isValidKid } from './checksums.js';
import { defineRule, filled } from './lib/define.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'UGYLDIG_KID',
  tittel: 'Ugyldig kid',
  beskrivelse: 'KID har rett format',
  avvikstekst: 'Kidnummer %kidnummer er feil',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: "betalingsinformasjon.norskKonto.kidnummer passes neither mod 10 (Luhn) nor mod 11 ('-' as control digit for remainder 10).",
  *find(b) {
    const kidnummer = b.betalingsinformasjon?.norskKonto?.kidnummer;
    if (filled(kidnummer) && !isValidKid(kidnummer)) {
      yield { sti: pointer('betalingsinformasjon', 'norskKonto', 'kidnummer'), values: { kidnummer } };
    }
  },
});
