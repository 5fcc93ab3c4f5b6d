// Skatteetaten sends uuids, and some services 32-hex ids; accept any short token-like id and replace the rest.
const ACCEPTABLE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** The request's Korrelasjonsid when it is usable, otherwise a new one from `ny` (`app.ider`). */
export function korrelasjonsidFrom(header: string | string[] | undefined, ny: () => string): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && ACCEPTABLE.test(value) ? value : ny();
}
