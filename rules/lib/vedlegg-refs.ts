/**
 * Every place in a begjæring that references an uploaded attachment, with its JSON pointer, in document
 * order. Walked once per begjæring (cached by identity: rules never change the document) and shared by the
 * VEDLEGG_* and UGYLDIG_VEDLEGG_* rules.
 */
import { filled, list, perBegjaering } from './define.js';
import type { Begjaering, Prosessfullmektig, Vedlegg } from './model.js';
import { pointer } from './text.js';
import type { RuleContext, VedleggInfo } from '../types.js';

export type VedleggPlass =
  | 'fullmakt'
  | 'tvangsgrunnlag'
  | 'tvangskraftgrunnlag'
  | 'akseptKanalvalg'
  | 'betalingsoppfordring'
  | 'transporterklaering'
  | 'vedlegg';

export interface VedleggRef {
  vedlegg: Vedlegg;
  plass: VedleggPlass;
  /** Pointer to the attachment reference object. */
  sti: string;
  /** The begjaeringensTvangsgrunnlag entry the reference sits in, if any. */
  tvangsgrunnlag?: number;
}

export const vedleggRefs: (b: Begjaering) => readonly VedleggRef[] = perBegjaering(walk);

function walk(b: Begjaering): VedleggRef[] {
  const out: VedleggRef[] = [];
  const add = (vedlegg: Vedlegg | undefined, plass: VedleggPlass, ...path: Array<string | number>): void => {
    if (!vedlegg || typeof vedlegg !== 'object') return;
    const ref: VedleggRef = { vedlegg, plass, sti: pointer(...path) };
    if (path[0] === 'begjaeringensTvangsgrunnlag') ref.tvangsgrunnlag = path[1] as number;
    out.push(ref);
  };
  const fullmakt = (pf: Prosessfullmektig | undefined, ...path: Array<string | number>): void =>
    add(pf?.fullmakt, 'fullmakt', ...path, 'prosessfullmektig', 'fullmakt');

  list(b.saksoeker).forEach((s, i) => fullmakt(s?.prosessfullmektig, 'saksoeker', i));
  list(b.saksoekt).forEach((s, i) => fullmakt(s?.prosessfullmektig, 'saksoekt', i));
  list(b.begjaeringensTvangsgrunnlag).forEach((tg, i) => {
    add(tg?.tvangsgrunnlag, 'tvangsgrunnlag', 'begjaeringensTvangsgrunnlag', i, 'tvangsgrunnlag');
    list(tg?.varsel).forEach((v, j) =>
      add(v?.tvangskraftgrunnlag, 'tvangskraftgrunnlag', 'begjaeringensTvangsgrunnlag', i, 'varsel', j, 'tvangskraftgrunnlag'),
    );
    const fm = tg?.saerligTvangsgrunnlag?.skriftligMeddelelse?.forsendelsesmaate;
    for (const key of ['alternativElektroniskKanalForMeddelelse', 'AlternativElektroniskKanalForMeddelelse'] as const) {
      add(fm?.[key]?.akseptKanalvalg, 'akseptKanalvalg', 'begjaeringensTvangsgrunnlag', i, 'saerligTvangsgrunnlag',
        'skriftligMeddelelse', 'forsendelsesmaate', key, 'akseptKanalvalg');
    }
  });
  list(b.kravTilInnkreving).forEach((krav, i) => {
    list(krav?.betalingsoppfordring).forEach((bo, j) =>
      add(bo?.betalingsoppfordring, 'betalingsoppfordring', 'kravTilInnkreving', i, 'betalingsoppfordring', j, 'betalingsoppfordring'),
    );
    add(krav?.transporterklaering, 'transporterklaering', 'kravTilInnkreving', i, 'transporterklaering');
  });
  list(b.vedlegg).forEach((v, i) => add(v, 'vedlegg', 'vedlegg', i));
  fullmakt(b.innsender?.prosessfullmektig, 'innsender');
  return out;
}

/** A reference with the stored attachment it names (undefined when no uuid or nothing stored). */
export interface ResolvedRef extends VedleggRef {
  uuid?: string;
  stored?: VedleggInfo;
  /** The name messages use: the declared filnavn, else the stored one. */
  filnavn: string;
}

/** The last resolution (one slot, as perBegjaering): the document and context it was made for. */
let last: { b: Begjaering; ctx: RuleContext; refs: readonly ResolvedRef[] } | undefined;

/**
 * The references with their stored attachments, each distinct uuid looked up once per begjæring and
 * context (the store may be a database; ten rules read these).
 */
export function resolvedRefs(b: Begjaering, ctx: RuleContext): readonly ResolvedRef[] {
  if (last?.b === b && last.ctx === ctx) return last.refs;
  const lookups = new Map<string, VedleggInfo | undefined>();
  const lookup = (uuid: string): VedleggInfo | undefined => {
    if (!lookups.has(uuid)) lookups.set(uuid, ctx.vedlegg(uuid));
    return lookups.get(uuid);
  };
  const refs = vedleggRefs(b).map((ref): ResolvedRef => {
    const uuid = filled(ref.vedlegg.uuid) ? ref.vedlegg.uuid : undefined;
    const stored = uuid === undefined ? undefined : lookup(uuid);
    const filnavn = filled(ref.vedlegg.filnavn) ? ref.vedlegg.filnavn : (stored?.filnavn ?? '');
    // Spelled out rather than spread: a spread of refs of two shapes (with and without tvangsgrunnlag) is slow.
    const resolved: ResolvedRef = { vedlegg: ref.vedlegg, plass: ref.plass, sti: ref.sti, uuid, stored, filnavn };
    if (ref.tvangsgrunnlag !== undefined) resolved.tvangsgrunnlag = ref.tvangsgrunnlag;
    return resolved;
  });
  last = { b, ctx, refs };
  return refs;
}
