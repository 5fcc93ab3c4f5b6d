/**
 * UGYLDIG_RENTE: "Rente kan ha maks to desimaler og ikke være negativt": an agreed interest rate breaks that:
 * renteOpplysning.avtaltRentesats and, in 2.0, the rate a rentekrav was computed with (rentekrav.beregnetMedAvtaltRentesats,
 * a Prosent, 1.0 #11/#15).
 */
import { defineRule, list, type Finding } from './lib/define.js';
import { rentekravAv } from './lib/modell.js';
import { ugyldigTall as ugyldig } from './lib/tall.js';
import { pointer } from './lib/text.js';

const finding = (sats: number | string, ...path: Array<string | number>): Finding => ({ sti: pointer(...path), values: { rentesats: String(sats) } });

export default defineRule({
  kode: 'UGYLDIG_RENTE',
  tittel: 'Ugyldig rente',
  beskrivelse: 'Rente har rett format',
  avvikstekst: 'Rente %rentesats er ugyldig. Rente kan ha maks to desimaler og ikke være negativt',
  gjelderKunEndringer: false,
  kilde: 'seed',
  modeller: ['0.9', '2.0'],
  utloeses: 'renteOpplysning.avtaltRentesats or (2.0) rentekrav.beregnetMedAvtaltRentesats is negative or has more than two decimals.',
  *find(b, ctx) {
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      const avtalt: unknown = krav?.renteOpplysning?.avtaltRentesats;
      if (ugyldig(avtalt)) yield finding(avtalt, 'kravTilInnkreving', i, 'renteOpplysning', 'avtaltRentesats');
      const beregnet: unknown = rentekravAv(krav, ctx.modell)?.beregnetMedAvtaltRentesats;
      if (ugyldig(beregnet)) yield finding(beregnet, 'kravTilInnkreving', i, ctx.modell.rentekrav, 'beregnetMedAvtaltRentesats');
    }
  },
});
