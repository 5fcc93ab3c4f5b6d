/** Norwegian identifier checksums, and the format of amounts and rates. */

const ORGNR_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
const FNR_K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const FNR_K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const KONTO_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The mod 11 control digit of `digits` with `weights`; 10 means "no valid digit" (the number is invalid). */
function mod11(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i]!;
  const rest = 11 - (sum % 11);
  return rest === 11 ? 0 : rest;
}

/** Organisation number: 9 digits, mod 11 with weights 3,2,7,6,5,4,3,2. */
export function isValidOrgnr(value: string): boolean {
  return /^\d{9}$/.test(value) && mod11(value, ORGNR_WEIGHTS) === Number(value[8]);
}

/**
 * Fødselsnummer or D-number: 11 digits, a plausible date (D-numbers add 40 to the day, synthetic Tenor
 * numbers add 80 to the month) and two mod 11 control digits.
 */
export function isValidFoedselsnummer(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  let day = Number(value.slice(0, 2));
  let month = Number(value.slice(2, 4));
  if (day > 40) day -= 40;
  if (month > 80) month -= 80;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return false;
  return mod11(value, FNR_K1_WEIGHTS) === Number(value[9]) && mod11(value, FNR_K2_WEIGHTS) === Number(value[10]);
}

/** Kontonummer: 11 digits, mod 11 with weights 5,4,3,2,7,6,5,4,3,2. */
export function isValidKontonummer(value: string): boolean {
  return /^\d{11}$/.test(value) && mod11(value, KONTO_WEIGHTS) === Number(value[10]);
}

function isValidKidMod10(value: string): boolean {
  let sum = 0;
  for (let i = value.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = Number(value[i]);
    if (double && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

function isValidKidMod11(value: string): boolean {
  const body = value.slice(0, -1);
  let sum = 0;
  for (let i = body.length - 1, w = 2; i >= 0; i--, w = w === 7 ? 2 : w + 1) sum += Number(body[i]) * w;
  const rest = 11 - (sum % 11);
  const control = rest === 11 ? '0' : rest === 10 ? '-' : String(rest);
  return control === value.at(-1);
}

/** KID: 2–25 digits, control digit mod 10 (Luhn) or mod 11 ('-' when the remainder gives 10). */
export function isValidKid(value: string): boolean {
  if (/^\d{2,25}$/.test(value)) return isValidKidMod10(value) || isValidKidMod11(value);
  return /^\d{1,24}-$/.test(value) && isValidKidMod11(value);
}

/** Amounts and rates: at most two decimals and never negative. */
export function isValidAmount(value: number | string): boolean {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value >= 0; // the common case, without String()
  const text = typeof value === 'number' ? String(value) : value;
  return /^\d+(\.\d{1,2})?$/.test(text);
}
