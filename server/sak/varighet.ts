/** ISO 8601 durations (`PT2H`, `P3D`, `P1M`) for moving the sandbox clock. */

const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d{1,3})?)S)?)?$/;
const MAKS_MS = 100 * 366 * 86_400_000;

/**
 * Milliseconds from `fra` to `fra` + `duration`, calendar-aware (P1M from 31 January ends on 3 March, as
 * Date arithmetic does); undefined when `duration` is not an ISO 8601 duration or reaches beyond 100 years.
 */
export function varighetMs(duration: string, fra: Date): number | undefined {
  const m = DURATION.exec(duration);
  if (!m) return undefined;
  const [y, mo, w, d, h, mi] = m.slice(1, 7).map((v) => Number(v ?? 0)) as number[];
  const s = Number((m[7] ?? '0').replace(',', '.'));
  const til = new Date(fra.getTime());
  til.setUTCFullYear(til.getUTCFullYear() + y!, til.getUTCMonth() + mo!, til.getUTCDate() + 7 * w! + d!);
  const ms = til.getTime() - fra.getTime() + ((h! * 60 + mi!) * 60 + s) * 1000;
  return Number.isFinite(ms) && ms <= MAKS_MS ? Math.round(ms) : undefined;
}
