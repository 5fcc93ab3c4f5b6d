/**
 * "Innsyn i ett trekk" (documented content, items a–e; modelled shape and numbers): for a case decided with
 * utleggstrekk, a synthetic but consistent trekk — the krav it covers, a synthetic employer, a monthly amount,
 * the period it runs and the payments made so far on the sandbox clock.
 */
import type { BeloepValuta, BeslutningKrav, StatusPaaSak, Trekkpliktig } from './status.js';

export interface Innsyn {
  eksternSaksreferanse: string;
  namsmannensReferanse: string;
  /** a) The decision and the krav the trekk covers. */
  grunnlag: { beslutningsdato: string; krav: BeslutningKrav[] };
  /** b) Who withholds. */
  trekkpliktig: { organisasjonsnummer: string; navn: string };
  /** c) Amount per month and its share of the (synthetic) monthly pay. */
  trekk: { trekkbeloep: BeloepValuta; trekkprosent: number };
  /** d) From the decision to the month of the last payment. */
  periode: { startdato: string; sluttdato: string };
  /** e) Payments received up to the sandbox clock's today. */
  innbetalinger: { dato: string; beloep: BeloepValuta }[];
}

/** Modelled: the trekk pays the krav off in about ten months, but takes at most a quarter of the pay. */
const MAANEDER = 10;
const MAKS_ANDEL_AV_LOENN = 0.25;

const kroner = (oere: number): BeloepValuta => ({ beloep: oere / 100, valuta: 'NOK' });

/** YYYY-MM-DD plus `months`, the day clamped to the target month's length. */
export function leggTilMaaneder(dato: string, months: number): string {
  const [y, m, d] = dato.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** The innsyn of a status with an utleggstrekk decision, or undefined when it has none. */
export function innsynITrekk(status: StatusPaaSak, trekkpliktig: Trekkpliktig, idag: string): Innsyn | undefined {
  const beslutning = status.beslutninger?.find((b) => b.type === 'utleggstrekk');
  if (!beslutning) return undefined;
  const totalOere = beslutning.krav.reduce((sum, k) => sum + Math.round((k.beloep?.beloep ?? 0) * 100), 0);
  const loennOere = trekkpliktig.maanedsloenn * 100;
  const trekkOere = Math.min(Math.ceil(totalOere / MAANEDER / 100) * 100, Math.floor(loennOere * MAKS_ANDEL_AV_LOENN));
  const antall = trekkOere > 0 ? Math.ceil(totalOere / trekkOere) : 0;
  const innbetalinger: Innsyn['innbetalinger'] = [];
  for (let k = 1, rest = totalOere; k <= antall; k++, rest -= trekkOere) {
    const dato = leggTilMaaneder(beslutning.dato, k);
    if (dato > idag) break;
    innbetalinger.push({ dato, beloep: kroner(Math.min(trekkOere, rest)) });
  }
  return {
    eksternSaksreferanse: status.eksternSaksreferanse,
    namsmannensReferanse: status.namsmannensReferanse,
    grunnlag: { beslutningsdato: beslutning.dato, krav: beslutning.krav },
    trekkpliktig: { organisasjonsnummer: trekkpliktig.organisasjonsnummer, navn: trekkpliktig.navn },
    trekk: { trekkbeloep: kroner(trekkOere), trekkprosent: Math.round((trekkOere / loennOere) * 10_000) / 100 },
    periode: { startdato: beslutning.dato, sluttdato: leggTilMaaneder(beslutning.dato, antall) },
    innbetalinger,
  };
}
