/**
 * The information models the rules read, one view per version: where each model keeps what a rule needs when the
 * versions spell or place it differently (model.ts has the fields of both). A rule never asks which version it
 * reads; it asks the view (`ctx.modell`). A new model version is a new view here, its OpenAPI overlay (openapi/)
 * and the `modeller` its rules declare.
 *
 * The numbers are the items of Skatteetaten's changelog (1.0 #9 = "Versjon 1.0", item 9).
 */
import { filled } from './define.js';
import type { AlternativKanal, Forsendelsesmaate, Innsender, Krav, Prosessfullmektig, RentePeriode, Rentekrav, Saksoeker, Saksoekt, Varsel } from './model.js';

export type Modellversjon = '0.9' | '2.0';

export const MODELLVERSJONER: readonly Modellversjon[] = Object.freeze(['0.9', '2.0']);

export interface Modell {
  versjon: Modellversjon;
  /** The key of a krav's own reference (1.0 #9: kravreferanse → innsendersKravreferanse). */
  kravreferanse: 'kravreferanse' | 'innsendersKravreferanse';
  /** The keys of each party's prosessfullmektig (1.0 #3). */
  prosessfullmektig: {
    saksoeker: 'prosessfullmektig' | 'saksoekersProsessfullmektig';
    saksoekt: 'prosessfullmektig' | 'saksoektesProsessfullmektig';
    innsender: 'prosessfullmektig' | 'innsendersProsessfullmektig';
  };
  /** The key of a krav's interest claim (1.0 #11: erRentekrav → rentekrav). */
  rentekrav: 'erRentekrav' | 'rentekrav';
  /** The keys of a Datoperiode's start and end, canonical first, then tolerated aliases (1.1 #12). */
  periode: { start: readonly string[]; slutt: readonly string[] };
  /**
   * The keys of skriftligMeddelelse.forsendelsesmaate that hold an alternative channel (1.0 #8), in groups: each
   * group is one field (canonical key, then tolerated aliases), read once.
   */
  forsendelseKanal: readonly (readonly string[])[];
  /** The same for a varsel (2.0 #6; none in 0.9). */
  varselKanal: readonly (readonly string[])[];
  /** kravdetaljer given without forfallsdato (1.1 #13 adds Rentekrav). */
  utenForfallsdato: ReadonlySet<string>;
  /** True where an interest period must also start before the begjæringsdato (the newest page's rule text). */
  renteperiodeFoerBegjaeringsdato: boolean;
  /** True where særlig tvangsgrunnlag carries paalydendeBeloep (1.1 #2: removed, "vil bli ignorert"). */
  paalydendeBeloep: boolean;
  /**
   * True where a begrunnelseUnnlatVarsel may stand in for the varsel of a skriftlig meddelelse (the newest page:
   * "Er ikke lov å fylle ut for SkriftligMeddelelse"; the official 0.9 enkel example fills it in there).
   */
  begrunnelseForSkriftligMeddelelse: boolean;
  /** The fields that mark a body as this model's: the other API version refuses such a body with a clear 400. */
  kjennetegn: readonly Kjennetegn[];
}

/** A field only this model has (renamed or retyped by the changelog), and what the other model calls it. */
export interface Kjennetegn {
  /** A JSON pointer; `*` stands for any array index. */
  sti: string;
  /** The JSON type that marks it, when the key alone does not (kreverRettsgebyrErstattet). */
  type?: 'boolean' | 'object';
  /** How the change reads, for the message. */
  merknad: string;
}

const V09: Modell = Object.freeze({
  versjon: '0.9',
  kravreferanse: 'kravreferanse',
  prosessfullmektig: Object.freeze({ saksoeker: 'prosessfullmektig', saksoekt: 'prosessfullmektig', innsender: 'prosessfullmektig' }),
  rentekrav: 'erRentekrav',
  periode: Object.freeze({ start: ['startdato'], slutt: ['sluttdato'] }),
  // Two fields, not an alias: the official examples use both casings, each a channel of its own.
  forsendelseKanal: Object.freeze([['alternativElektroniskKanalForMeddelelse'], ['AlternativElektroniskKanalForMeddelelse']]),
  varselKanal: Object.freeze([]),
  utenForfallsdato: new Set(['SakskostnaderForSkriving']),
  // Under 0.9 the official enkel example's interest period starts after its begjæringsdato: the seed's contract.
  renteperiodeFoerBegjaeringsdato: false,
  paalydendeBeloep: true,
  begrunnelseForSkriftligMeddelelse: true,
  kjennetegn: Object.freeze([
    { sti: '/kravTilInnkreving/*/kravreferanse', merknad: 'i modell 2.0 innsendersKravreferanse (1.0 #9)' },
    { sti: '/kravTilInnkreving/*/erRentekrav', merknad: 'i modell 2.0 rentekrav (1.0 #11)' },
    { sti: '/saksoeker/*/prosessfullmektig', merknad: 'i modell 2.0 saksoekersProsessfullmektig (1.0 #3)' },
    { sti: '/saksoekt/*/prosessfullmektig', merknad: 'i modell 2.0 saksoektesProsessfullmektig (1.0 #3)' },
    { sti: '/innsender/prosessfullmektig', merknad: 'i modell 2.0 innsendersProsessfullmektig (1.0 #3)' },
    { sti: '/kreverRettsgebyrErstattet', type: 'boolean', merknad: 'i modell 2.0 et objekt (1.1 #7)' },
  ]),
} satisfies Modell);

const V20: Modell = Object.freeze({
  versjon: '2.0',
  kravreferanse: 'innsendersKravreferanse',
  prosessfullmektig: Object.freeze({
    saksoeker: 'saksoekersProsessfullmektig',
    saksoekt: 'saksoektesProsessfullmektig',
    innsender: 'innsendersProsessfullmektig',
  }),
  rentekrav: 'rentekrav',
  periode: Object.freeze({ start: ['startDato', 'startdato'], slutt: ['sluttDato', 'sluttdato'] }),
  // 1.0 #8 spells it "alternativElektroniskForesendelsesmåte"; 2.0 #6 "…Forsendelsesmåte" (canonical).
  forsendelseKanal: Object.freeze([['alternativElektroniskForsendelsesmaate', 'alternativElektroniskForesendelsesmaate']]),
  varselKanal: Object.freeze([['alternativElektroniskForsendelsesmaate', 'alternativElektroniskForesendelsesmaate']]),
  utenForfallsdato: new Set(['SakskostnaderForSkriving', 'Rentekrav']),
  renteperiodeFoerBegjaeringsdato: true,
  paalydendeBeloep: false,
  begrunnelseForSkriftligMeddelelse: false,
  kjennetegn: Object.freeze([
    { sti: '/kravTilInnkreving/*/innsendersKravreferanse', merknad: 'i modell 0.9 kravreferanse' },
    { sti: '/kravTilInnkreving/*/rentekrav', merknad: 'i modell 0.9 erRentekrav' },
    { sti: '/kravTilInnkreving/*/rentebaerendeKrav', merknad: 'finnes ikke i modell 0.9' },
    { sti: '/saksoeker/*/saksoekersProsessfullmektig', merknad: 'i modell 0.9 prosessfullmektig' },
    { sti: '/saksoekt/*/saksoektesProsessfullmektig', merknad: 'i modell 0.9 prosessfullmektig' },
    { sti: '/innsender/innsendersProsessfullmektig', merknad: 'i modell 0.9 prosessfullmektig' },
    { sti: '/kreverRettsgebyrErstattet', type: 'object', merknad: 'i modell 0.9 en boolsk verdi' },
    { sti: '/kreverFritakRettsgebyr', merknad: 'finnes ikke i modell 0.9' },
  ]),
} satisfies Modell);

export const MODELL: Readonly<Record<Modellversjon, Modell>> = Object.freeze({ '0.9': V09, '2.0': V20 });

/** The krav's own reference under the model, when filled. */
export function kravreferanse(krav: Krav | undefined, m: Modell): string | undefined {
  const ref = krav?.[m.kravreferanse];
  return filled(ref) ? ref : undefined;
}

/** A value under the first of `keys` the object has (canonical before alias), and that key. */
export function førsteAv<T>(obj: object | undefined, keys: readonly string[]): { key: string; value: T } | undefined {
  if (!obj || typeof obj !== 'object') return undefined;
  for (const key of keys) {
    const value = (obj as Record<string, unknown>)[key];
    if (value !== undefined) return { key, value: value as T };
  }
  return undefined;
}

/** A krav's interest claim under the model (0.9 erRentekrav, which has only the period; 2.0 rentekrav). */
export function rentekravAv(krav: Krav | undefined, m: Modell): Rentekrav | undefined {
  const r = krav?.[m.rentekrav];
  return r && typeof r === 'object' ? r : undefined;
}

/** A period's start and end under the model (aliases tolerated). */
export function periodeAv(p: RentePeriode | undefined, m: Modell): { start?: string; slutt?: string } {
  const start = førsteAv<string>(p, m.periode.start)?.value;
  const slutt = førsteAv<string>(p, m.periode.slutt)?.value;
  return { start: filled(start) ? start : undefined, slutt: filled(slutt) ? slutt : undefined };
}

/** Each party's prosessfullmektig under the model, with its key. */
export function prosessfullmektigAv(
  part: Saksoeker | Saksoekt | Innsender | undefined,
  rolle: keyof Modell['prosessfullmektig'],
  m: Modell,
): { key: string; fullmektig: Prosessfullmektig } | undefined {
  const key = m.prosessfullmektig[rolle];
  const fullmektig = (part as Record<string, Prosessfullmektig | undefined> | undefined)?.[key];
  return fullmektig && typeof fullmektig === 'object' ? { key, fullmektig } : undefined;
}

/** The alternative channels under a forsendelsesmaate or a varsel, with the key each was found under. */
export function kanaler(
  holder: Forsendelsesmaate | Varsel | undefined,
  felt: readonly (readonly string[])[],
): Array<{ key: string; kanal: AlternativKanal }> {
  const out: Array<{ key: string; kanal: AlternativKanal }> = [];
  for (const keys of felt) {
    const funnet = førsteAv<AlternativKanal>(holder, keys);
    if (funnet && funnet.value && typeof funnet.value === 'object') out.push({ key: funnet.key, kanal: funnet.value });
  }
  return out;
}

/** A field of another model in a body: which model, where, and how the change reads. */
export interface Funn {
  modell: Modell;
  sti: string;
  merknad: string;
}

/** Where a body carries another model's fields (at most a few per kind: one is enough to tell). */
export function andreModellersFelt(body: unknown, m: Modell): Funn[] {
  const out: Funn[] = [];
  for (const annen of MODELLER) {
    if (annen === m) continue;
    for (const k of annen.kjennetegn) treff(body, 0, k, annen, out);
  }
  return out;
}

const MAKS_TREFF = 3;
// Every body is checked for the other model's kjennetegn, which it mostly lacks: nothing is allocated until one is
// found (each pointer split once, the array indices walked on one stack, a pointer written out only when found).
const MODELLER = Object.values(MODELL);
const SEGMENTER = new Map(MODELLER.flatMap((m) => m.kjennetegn.map((k) => [k, k.sti.split('/').slice(1)] as const)));
const indekser: number[] = [];

/** Adds to `out` the pointers of `k` from segment `i` (`*` = every index, up to MAKS_TREFF) whose value exists (of its type, if given). */
function treff(node: unknown, i: number, k: Kjennetegn, modell: Modell, out: Funn[]): void {
  const segmenter = SEGMENTER.get(k)!;
  if (i === segmenter.length) {
    if (node === undefined) return;
    if (k.type === 'boolean' && typeof node !== 'boolean') return;
    if (k.type === 'object' && (typeof node !== 'object' || node === null || Array.isArray(node))) return;
    let n = 0;
    out.push({ modell, sti: segmenter.map((s) => `/${s === '*' ? indekser[n++] : s}`).join(''), merknad: k.merknad });
    return;
  }
  const segment = segmenter[i]!;
  if (segment === '*') {
    if (!Array.isArray(node)) return;
    const grense = out.length + MAKS_TREFF;
    for (let j = 0; j < node.length && out.length < grense; j++) {
      indekser.push(j);
      treff(node[j], i + 1, k, modell, out);
      indekser.pop();
    }
    return;
  }
  if (!node || typeof node !== 'object' || Array.isArray(node)) return;
  treff((node as Record<string, unknown>)[segment], i + 1, k, modell, out);
}

/** The model a body is written in, told by its kjennetegn (a body with none of either is read as 0.9). */
export function modellAv(body: unknown): Modell {
  const andre = andreModellersFelt(body, V09);
  return andre.length > 0 ? andre[0]!.modell : V09;
}
