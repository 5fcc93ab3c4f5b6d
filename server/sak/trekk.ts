/**
 * The samordnet utleggstrekk behind "Innsyn i ett trekk" (modelled: Skatteetaten's test environment "vil … gi
 * syntetiske svar, og reponsen … baserer seg ikke på faktiske trekk"). A case decided with utleggstrekk joins a
 * synthetic trekk on its saksøkt: the saksøker's krav of the decision beside what the trekk has besides (its
 * oppsett) — a few krav of other creditors, one or two trekkpålegg and perhaps a løpende bidrag — drawn from the
 * case's reference, so the same case always gets the same trekk. (The TEST_SAK_* fixtures write theirs out.)
 *
 * Each month from the decision up to the sandbox clock's today the trekkpliktige pay what their pålegg say. The
 * payment covers the løpende bidrag first, then the krav in priority order (dekningsloven § 2-8, the sandbox's
 * reading): krav established under the old rules (before 2026) keep their tidsprioritet and come first, oldest
 * first; the rest go by artsprioritet a → e, and the krav of one artsprioritet share forholdsmessig, pro rata their
 * dividendegrunnlag (what is left of them). All amounts are in øre.
 */
import { createHash } from 'node:crypto';
import { leggTilDager, leggTilMaaneder } from './dato.js';

export const ARTSPRIORITETER = ['a', 'b', 'c', 'd', 'e'] as const;
export type Artsprioritet = (typeof ARTSPRIORITETER)[number];

export interface Trekkpliktig {
  organisasjonsnummer: string;
  navn: string;
  /** Synthetic monthly pay, from which a pålegg's percentage is taken (modelled). */
  maanedsloenn: number;
}

/** A krav of the saksøker in the decision: the identifier the namsmann gave it, its artsprioritet and amount. */
export interface Saksoekerkrav {
  kravgrunnlagsidentifikator: string;
  artsprioritet: Artsprioritet;
  oere: number;
}

export interface TrekkKrav {
  /** Set for the saksøker's krav; another creditor's krav is not named to the saksøker. */
  kravgrunnlagsidentifikator?: string;
  artsprioritet: Artsprioritet;
  /** The day it entered the trekk. */
  tidsprioritet: string;
  /** Beløp and stipulerte renter. */
  oere: number;
}

export interface Trekkpaalegg {
  trekkpliktig: Trekkpliktig;
  /** Per month. */
  oere: number;
  prosent: number;
  gjelderFra: string;
}

/** What a trekk has besides the saksøker's krav. */
export interface Trekkoppsett {
  /** The other creditors' krav. */
  andreKrav: TrekkKrav[];
  /** What of each month's trekk goes to uforfalte (løpende) bidrag. */
  bidragOere: number;
  paalegg: Trekkpaalegg[];
}

export interface Trekk extends Omit<Trekkoppsett, 'andreKrav'> {
  /** The day of the decision; the first trekk falls a month later. */
  fra: string;
  /** The saksøker's krav first (in the decision's order), then the other creditors'. */
  krav: TrekkKrav[];
}

/** One month's trekk: what was taken, and what of it was placed on each krav (by index in `Trekk.krav`). */
export interface Trekkdag {
  dato: string;
  trukket: number;
  plassert: number[];
}

export interface Trekkstand {
  /** What is left of each krav. */
  gjenstaaende: number[];
  trekkdager: Trekkdag[];
}

/** Krav established before this day keep the old rules' tidsprioritet (the transition period starts 1.1.2026). */
export const GAMLE_REGLER_TIL = '2026-01-01';
const PROSENTER = [5, 10, 15, 20];

/** Deterministic draws from a text: each draw is SHA-256 of the text and its number, below `n`. */
function trekninger(noekkel: string): (n: number) => number {
  let i = 0;
  return (n) => createHash('sha256').update(`${noekkel}:${i++}`).digest().readUInt32BE(0) % n;
}

export function paalegg(trekkpliktig: Trekkpliktig, prosent: number, gjelderFra: string): Trekkpaalegg {
  return { trekkpliktig, oere: Math.floor((trekkpliktig.maanedsloenn * prosent) / 100) * 100, prosent, gjelderFra };
}

/**
 * The oppsett of the trekk `noekkel` (a case's reference) joins on `fra`, its first krav of `artsprioritet`: one krav
 * of 50 000–250 000 kr of that artsprioritet joining the same day (so the trekk shares forholdsmessig and lasts some
 * months), 2–5 more of other creditors established up to 540 days before, a pålegg of 5–20 % on one trekkpliktig from
 * `fra` and in half the cases one more from three months later, and in a third of them a løpende bidrag of 20–40 %
 * of the first pålegg.
 */
export function syntetiskOppsett(
  noekkel: string,
  fra: string,
  artsprioritet: Artsprioritet,
  trekkpliktige: readonly Trekkpliktig[],
): Trekkoppsett {
  const trekk = trekninger(noekkel);
  const likestilt: TrekkKrav = { artsprioritet, tidsprioritet: fra, oere: (50_000 + trekk(200_000)) * 100 };
  const andre = Array.from({ length: 2 + trekk(4) }, (): TrekkKrav => ({
    artsprioritet: ARTSPRIORITETER[trekk(5)]!,
    tidsprioritet: leggTilDager(fra, -trekk(541)),
    oere: (1_000 + trekk(29_000)) * 100 + trekk(100),
  }));
  const foerste = trekk(trekkpliktige.length);
  const paaleggene = [paalegg(trekkpliktige[foerste]!, PROSENTER[trekk(4)]!, fra)];
  if (trekk(2) === 0 && trekkpliktige.length > 1) {
    const annen = trekkpliktige[(foerste + 1 + trekk(trekkpliktige.length - 1)) % trekkpliktige.length]!;
    paaleggene.push(paalegg(annen, PROSENTER[trekk(4)]!, leggTilMaaneder(fra, 3)));
  }
  const bidragOere = trekk(3) === 0 ? Math.round((paaleggene[0]!.oere * (20 + trekk(21))) / 100 / 10_000) * 10_000 : 0;
  return { andreKrav: [likestilt, ...andre], bidragOere, paalegg: paaleggene };
}

/** The trekk the saksøker's `egne` krav join on `fra` (their tidsprioritet). */
export function trekkMed(fra: string, egne: readonly Saksoekerkrav[], { andreKrav, ...oppsett }: Trekkoppsett): Trekk {
  const saksoekers = egne.map((krav): TrekkKrav => ({ ...krav, tidsprioritet: fra }));
  return { ...oppsett, fra, krav: [...saksoekers, ...andreKrav] };
}

/** A krav's place in the order of cover: equal places share forholdsmessig. */
export function rang(krav: TrekkKrav): string {
  return krav.tidsprioritet < GAMLE_REGLER_TIL ? `0${krav.tidsprioritet}` : `1${krav.artsprioritet}`;
}

/** The krav's indices grouped by place, best first. */
function grupper(krav: readonly TrekkKrav[]): number[][] {
  const rangene = [...new Set(krav.map(rang))].sort();
  return rangene.map((r) => krav.flatMap((k, i) => (rang(k) === r ? [i] : [])));
}

/** Places `beloep` on the groups in order, pro rata within a group (odd øre to the first); returns what each krav got. */
function fordel(beloep: number, grupperingen: readonly number[][], gjenstaaende: number[]): number[] {
  const plassert = gjenstaaende.map(() => 0);
  let rest = beloep;
  for (const gruppe of grupperingen) {
    const behov = gruppe.reduce((sum, i) => sum + gjenstaaende[i]!, 0);
    if (behov === 0) continue;
    const andeler = gruppe.map((i) => (rest >= behov ? gjenstaaende[i]! : Math.floor((rest * gjenstaaende[i]!) / behov)));
    let oererest = Math.min(rest, behov) - andeler.reduce((a, b) => a + b, 0);
    gruppe.forEach((i, j) => {
      const ekstra = oererest > 0 && andeler[j]! < gjenstaaende[i]! ? 1 : 0;
      oererest -= ekstra;
      plassert[i] = andeler[j]! + ekstra;
      gjenstaaende[i]! -= plassert[i]!;
    });
    rest -= Math.min(rest, behov);
    if (rest === 0) break;
  }
  return plassert;
}

/** The trekk month by month up to `idag` (inclusive), or until every krav is covered. */
export function simuler(trekk: Trekk, idag: string): Trekkstand {
  const gjenstaaende = trekk.krav.map((k) => k.oere);
  const rekkefoelge = grupper(trekk.krav);
  const trekkdager: Trekkdag[] = [];
  for (let n = 1; ; n++) {
    const dato = leggTilMaaneder(trekk.fra, n);
    if (dato > idag || gjenstaaende.every((o) => o === 0)) break;
    const beloep = trekk.paalegg.filter((p) => p.gjelderFra <= dato).reduce((sum, p) => sum + p.oere, 0);
    const bidrag = Math.min(trekk.bidragOere, beloep);
    const plassert = fordel(beloep - bidrag, rekkefoelge, gjenstaaende);
    trekkdager.push({ dato, trukket: bidrag + plassert.reduce((a, b) => a + b, 0), plassert });
  }
  return { gjenstaaende, trekkdager };
}
