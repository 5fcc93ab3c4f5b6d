/**
 * UGYLDIG_BELOEP: an amount has more than two decimals or is negative. Amounts: paalydendeBeloep of a
 * særlig tvangsgrunnlag, and each krav's opprinneligBeloep, gjenstaaendeBeloep and innbetaling beløp.
 */
import { isValidAmount } from './checksums.js';
import { defineRule, list, type Finding } from './lib/define.js';
import { pointer } from './lib/text.js';

/** A number or string amount that breaks the format (other types are the schema's). */
const invalid = (beloep: unknown): beloep is number | string =>
  (typeof beloep === 'number' || typeof beloep === 'string') && !isValidAmount(beloep);

const finding = (beloep: number | string, ...path: Array<string | number>): Finding => ({ sti: pointer(...path), values: { beløp: String(beloep) } });

export default defineRule({
  kode: 'UGYLDIG_BELOEP',
  tittel: 'Ugyldig beløp',
  beskrivelse: 'Beløp har rett format',
  avvikstekst: 'Beløp %beløp er ugyldig. Beløp kan ha maks to desimaler og ikke være negativt',
  gjelderKunEndringer: false,
  kilde: 'seed',
  utloeses: 'paalydendeBeloep, opprinneligBeloep.beloep, gjenstaaendeBeloep.beloep or innbetaling[].beloep.beloep is negative or has more than two decimals.',
  // Checked inline, the pointer built only for a finding: a begjæring with hundreds of krav has thousands of amounts.
  *find(b) {
    const tvangsgrunnlag = list(b.begjaeringensTvangsgrunnlag);
    for (let i = 0; i < tvangsgrunnlag.length; i++) {
      const beloep = tvangsgrunnlag[i]?.saerligTvangsgrunnlag?.paalydendeBeloep;
      if (invalid(beloep)) yield finding(beloep, 'begjaeringensTvangsgrunnlag', i, 'saerligTvangsgrunnlag', 'paalydendeBeloep');
    }
    const krav = list(b.kravTilInnkreving);
    for (let i = 0; i < krav.length; i++) {
      const k = krav[i];
      if (invalid(k?.opprinneligBeloep?.beloep)) yield finding(k.opprinneligBeloep.beloep, 'kravTilInnkreving', i, 'opprinneligBeloep', 'beloep');
      if (invalid(k?.gjenstaaendeBeloep?.beloep)) yield finding(k.gjenstaaendeBeloep.beloep, 'kravTilInnkreving', i, 'gjenstaaendeBeloep', 'beloep');
      const innbetalinger = list(k?.innbetaling);
      for (let j = 0; j < innbetalinger.length; j++) {
        const beloep = innbetalinger[j]?.beloep?.beloep;
        if (invalid(beloep)) yield finding(beloep, 'kravTilInnkreving', i, 'innbetaling', j, 'beloep', 'beloep');
      }
    }
  },
});
