/**
 * UGYLDIG_BELOEP: an amount has more than two decimals or is negative. Amounts: each krav's opprinneligBeloep,
 * gjenstaaendeBeloep and innbetaling beløp; in 0.9 also paalydendeBeloep of a særlig tvangsgrunnlag, which 1.1 #2
 * removed ("hvis feltet sendes inn, vil det bli ignorert av mottaker": under /v2 an ignored field is not checked);
 * in 2.0 also the rentekrav's renteGrunnlag, the kravEndring's and each transport's beløp.
 */
import { defineRule, list, type Finding } from './lib/define.js';
import { rentekravAv } from './lib/modell.js';
import type { Transport } from './lib/model.js';
import { ugyldigTall as invalid } from './lib/tall.js';
import { pointer } from './lib/text.js';

const finding = (beloep: number | string, ...path: Array<string | number>): Finding => ({ sti: pointer(...path), values: { beløp: String(beloep) } });

export default defineRule({
  kode: 'UGYLDIG_BELOEP',
  tittel: 'Ugyldig beløp',
  beskrivelse: 'Beløp har rett format',
  avvikstekst: 'Beløp %beløp er ugyldig. Beløp kan ha maks to desimaler og ikke være negativt',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses:
    'An amount is negative or has more than two decimals: opprinneligBeloep, gjenstaaendeBeloep, innbetaling[].beloep; 0.9 paalydendeBeloep; 2.0 rentekrav.renteGrunnlag, kravEndring.beloep, transporterklaering[].beloep.',
  // Checked inline, the pointer built only for a finding: a begjæring with hundreds of krav has thousands of amounts.
  *find(b, ctx) {
    const m = ctx.modell;
    const tvangsgrunnlag = m.paalydendeBeloep ? list(b.begjaeringensTvangsgrunnlag) : [];
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
      const grunnlag = rentekravAv(k, m)?.renteGrunnlag?.beloep;
      if (invalid(grunnlag)) yield finding(grunnlag, 'kravTilInnkreving', i, m.rentekrav, 'renteGrunnlag', 'beloep');
      const endring = k?.kravEndring?.beloep?.beloep;
      if (invalid(endring)) yield finding(endring, 'kravTilInnkreving', i, 'kravEndring', 'beloep', 'beloep');
      // A bare attachment (0.9's modelled shape) has no beløp: only a list of transports is read here.
      const transporter: readonly Transport[] = Array.isArray(k?.transporterklaering) ? k.transporterklaering : [];
      for (let j = 0; j < transporter.length; j++) {
        const beloep = transporter[j]?.beloep?.beloep;
        if (invalid(beloep)) yield finding(beloep, 'kravTilInnkreving', i, 'transporterklaering', j, 'beloep', 'beloep');
      }
    }
  },
});
