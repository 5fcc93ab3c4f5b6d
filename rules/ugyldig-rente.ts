/**
 * UGYLDIG_RENTE: an agreed interest rate (renteOpplysning.avtaltRentesats) has more than two decimals or
 * is negative.
 */
import { isValidAmount } from './checksums.js';
import { defineRule, list } from './lib/define.js';
import { pointer } from './lib/text.js';

export default defineRule({
  kode: 'UGYLDIG_RENTE',
  tittel: 'Ugyldig rente',
  beskrivelse: 'Rente har rett format',
  avvikstekst: 'Rente %rentesats er ugyldig. Rente kan ha maks to desimaler og ikke være negativt',
  gjelderKunEndringer: false,
  kilde: 'seed',
  utloeses: 'kravTilInnkreving[].renteOpplysning.avtaltRentesats is negative or has more than two decimals.',
  *find(b) {
    for (const [i, krav] of list(b.kravTilInnkreving).entries()) {
      const rentesats: unknown = krav?.renteOpplysning?.avtaltRentesats;
      if ((typeof rentesats === 'number' || typeof rentesats === 'string') && !isValidAmount(rentesats)) {
        yield { sti: pointer('kravTilInnkreving', i, 'renteOpplysning', 'avtaltRentesats'), values: { rentesats: String(rentesats) } };
      }
    }
  },
});
