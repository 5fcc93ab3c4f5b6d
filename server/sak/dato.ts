/** Calendar arithmetic on YYYY-MM-DD dates (UTC), as the trekk's months and its innsyn window count them. */

const dag = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `dato` plus `maaneder` (negative: back), the day clamped to the target month's length. */
export function leggTilMaaneder(dato: string, maaneder: number): string {
  const [y, m, d] = dato.split('-').map(Number) as [number, number, number];
  const sisteDag = new Date(Date.UTC(y, m - 1 + maaneder + 1, 0)).getUTCDate();
  return dag(Date.UTC(y, m - 1 + maaneder, Math.min(d, sisteDag)));
}

/** `dato` plus `dager` (negative: back). */
export function leggTilDager(dato: string, dager: number): string {
  return dag(Date.parse(`${dato}T00:00:00Z`) + dager * 86_400_000);
}
