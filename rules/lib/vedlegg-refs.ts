/**
 * Every place in a begjæring that references an uploaded attachment, with its JSON pointer, in document
 * order. Walked once per begjæring (cached by identity: rules never change the document) and shared by the
 * VEDLEGG_* and UGYLDIG_VEDLEGG_* rules.
 */
import { filled, list, perModell } from './define.js';
import type { Begjaering, Fullmakt, Prosessfullmektig, Transport, Vedlegg } from './model.js';
import { kanaler, prosessfullmektigAv, type Modell } from './modell.js';
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

export const vedleggRefs: (b: Begjaering, m: Modell) => readonly VedleggRef[] = perModell(walk);

/**
 * fullmakt and transporterklaering come in two shapes: the attachment itself (0.9, modelled) or, as Skatteetaten's
 * beta model has them (2.0), an object holding it (Fullmakt) or a list of such (Transport). Read by shape, whatever
 * the version: a list of transports, or a Fullmakt, is never mistaken for an attachment without uuid
 * (VEDLEGG_SKAL_HA_UUID) or of the wrong type (UGYLDIG_VEDLEGG_*). A holder without its attachment references none.
 */
const erVedlegg = (v: unknown): v is Vedlegg => !!v && typeof v === 'object' && !Array.isArray(v);

/** A Fullmakt (its period, or the attachment under `fullmakt`) rather than the attachment itself. */
const erFullmakt = (v: Vedlegg | Fullmakt): v is Fullmakt => 'fullmakt' in v || 'fraDato' in v || 'tilDato' in v;

// Pointers are written out: every segment is a fixed field name or an index, nothing to escape (RFC 6901), and
// this walk runs for every begjæring.
function walk(b: Begjaering, m: Modell): VedleggRef[] {
  const out: VedleggRef[] = [];
  const add = (vedlegg: Vedlegg | undefined, plass: VedleggPlass, sti: string, tvangsgrunnlag?: number): void => {
    if (!erVedlegg(vedlegg)) return;
    out.push(tvangsgrunnlag === undefined ? { vedlegg, plass, sti } : { vedlegg, plass, sti, tvangsgrunnlag });
  };
  const fullmakt = (funnet: { key: string; fullmektig: Prosessfullmektig } | undefined, sti: string): void => {
    const f = funnet?.fullmektig.fullmakt;
    if (!erVedlegg(f)) return;
    if (erFullmakt(f)) add(f.fullmakt, 'fullmakt', `${sti}/${funnet!.key}/fullmakt/fullmakt`);
    else add(f, 'fullmakt', `${sti}/${funnet!.key}/fullmakt`);
  };
  const kanal = (holder: Parameters<typeof kanaler>[0], felt: Modell['forsendelseKanal'], sti: string, i: number): void => {
    for (const { key, kanal } of kanaler(holder, felt)) add(kanal.akseptKanalvalg, 'akseptKanalvalg', `${sti}/${key}/akseptKanalvalg`, i);
  };

  const saksoekere = list(b.saksoeker);
  for (let i = 0; i < saksoekere.length; i++) fullmakt(prosessfullmektigAv(saksoekere[i], 'saksoeker', m), `/saksoeker/${i}`);
  const saksoekte = list(b.saksoekt);
  for (let i = 0; i < saksoekte.length; i++) fullmakt(prosessfullmektigAv(saksoekte[i], 'saksoekt', m), `/saksoekt/${i}`);
  const tvangsgrunnlag = list(b.begjaeringensTvangsgrunnlag);
  for (let i = 0; i < tvangsgrunnlag.length; i++) {
    const tg = tvangsgrunnlag[i];
    const sti = `/begjaeringensTvangsgrunnlag/${i}`;
    add(tg?.tvangsgrunnlag, 'tvangsgrunnlag', `${sti}/tvangsgrunnlag`, i);
    const varsler = list(tg?.varsel);
    for (let j = 0; j < varsler.length; j++) {
      add(varsler[j]?.tvangskraftgrunnlag, 'tvangskraftgrunnlag', `${sti}/varsel/${j}/tvangskraftgrunnlag`, i);
      kanal(varsler[j], m.varselKanal, `${sti}/varsel/${j}`, i);
    }
    const fm = tg?.saerligTvangsgrunnlag?.skriftligMeddelelse?.forsendelsesmaate;
    kanal(fm, m.forsendelseKanal, `${sti}/saerligTvangsgrunnlag/skriftligMeddelelse/forsendelsesmaate`, i);
  }
  const kravliste = list(b.kravTilInnkreving);
  for (let i = 0; i < kravliste.length; i++) {
    const krav = kravliste[i];
    const oppfordringer = list(krav?.betalingsoppfordring);
    for (let j = 0; j < oppfordringer.length; j++) {
      add(oppfordringer[j]?.betalingsoppfordring, 'betalingsoppfordring', `/kravTilInnkreving/${i}/betalingsoppfordring/${j}/betalingsoppfordring`);
    }
    const tk = krav?.transporterklaering;
    if (Array.isArray(tk)) {
      const transporter = tk as Transport[];
      for (let j = 0; j < transporter.length; j++) {
        add(transporter[j]?.transporterklaering, 'transporterklaering', `/kravTilInnkreving/${i}/transporterklaering/${j}/transporterklaering`);
      }
    } else add(tk, 'transporterklaering', `/kravTilInnkreving/${i}/transporterklaering`);
  }
  const vedlegg = list(b.vedlegg);
  for (let i = 0; i < vedlegg.length; i++) add(vedlegg[i], 'vedlegg', `/vedlegg/${i}`);
  fullmakt(prosessfullmektigAv(b.innsender, 'innsender', m), '/innsender');
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
  const refs = vedleggRefs(b, ctx.modell).map((ref): ResolvedRef => {
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
