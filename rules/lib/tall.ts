/** What UGYLDIG_BELOEP and UGYLDIG_RENTE both check of an amount or a rate. */
import { isValidAmount } from '../checksums.js';

/** A number or string that is negative or has more than two decimals (other types are the schema's to refuse). */
export function ugyldigTall(verdi: unknown): verdi is number | string {
  return (typeof verdi === 'number' || typeof verdi === 'string') && !isValidAmount(verdi);
}
