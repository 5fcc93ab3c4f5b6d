/**
 * UGYLDIG_BELOEP: an amount has more than two decimals or is negative. Amounts: paalydendeBeloep of a
 * særlig tvangsgrunnlag, and each krav's opprinneligBeloep, gjenstaaendeBeloep and innbetaling beløp.
 */
import { isValidAmount } from './checksums.js';
import { defineRule, list, type Finding } from './lib/define.js';
import { pointer } from './lib/text.js';

function* check(beloep: unknown, ...path: Array<string | number>): Generator<Finding> {
  if ((typeof beloep === 'number' || typeof beloep === 'string') && !isValidAmount(beloep)) {
    yield { sti: pointer(...path), values: { beløp: String(beloep) } };
  }
}

export default defineRule({
  kode: 'UGYLDIG_BELOEP',
  tittel: 'Ugyldig beløp',
  beskrivelse: 'Beløp har rett format',
  avvikstekst: 'Beløp %beløp er ugyldig. Beløp kan ha maks to desimaler og ikke være negativt',
  gjelderKunEndringer: false,
  kilde: 'seed',
  utloeses: 'paalydendeBeloep, opprinneligBeloep.beloep, gjenstaaendeBeloep.beloep or innbetaling[].beloep.beloep is negative or has more than two decimals.',
  *find(b) {
    for (const [i, tg] of list(b.begjaeringensTvangsgrunnlag).entries()) {
      yield* check(tg?.saerligTvangsgrunnlag?.paalydendeBeloep, 'begjaeringensTvangsgrunnlag', i, 'saerligTvangsgrunnlag', 'paalydendeBeloep');
    }
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      yield* check(krav?.opprinneligBeloep?.beloep, 'kravTilInnkreving', i, 'opprinneligBeloep', 'beloep');
      yield* check(krav?.gjenstaaendeBeloep?.beloep, 'kravTilInnkreving', i, 'gjenstaaendeBeloep', 'beloep');
      for (const [j, innbetaling] of list(krav?.innbetaling).entries()) {
        yield* check(innbetaling?.beloep?.beloep, 'kravTilInnkreving', i, 'innbetaling', j, 'beloep', 'beloep');
      }
    }
  },
});
