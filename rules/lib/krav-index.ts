/**
 * Lookups over the krav and the tvangsgrunnlag that the relation rules share. Built once per begjæring
 * (cached by identity), so every relation rule stays linear in the number of krav.
 */
import { list, perModell } from './define.js';
import type { Begjaering, Krav } from './model.js';
import { kravreferanse, type Modell } from './modell.js';

export interface KravIndex {
  /** The first krav with each kravreferanse (the model's key: 0.9 kravreferanse, 2.0 innsendersKravreferanse). */
  byRef: ReadonlyMap<string, Krav>;
  /** The indices of the tvangsgrunnlag that list each kravreferanse (each index once). */
  tvangsgrunnlagByRef: ReadonlyMap<string, readonly number[]>;
}

export const kravIndex = perModell(build);

function build(b: Begjaering, m: Modell): KravIndex {
  const byRef = new Map<string, Krav>();
  for (const krav of list(b.kravTilInnkreving)) {
    const ref = kravreferanse(krav, m);
    if (ref !== undefined && !byRef.has(ref)) byRef.set(ref, krav);
  }
  const tvangsgrunnlagByRef = new Map<string, number[]>();
  list(b.begjaeringensTvangsgrunnlag).forEach((tg, i) => {
    for (const ref of list(tg?.innsendersKravreferanse)) {
      const indices = tvangsgrunnlagByRef.get(ref) ?? [];
      if (indices.at(-1) !== i) indices.push(i);
      tvangsgrunnlagByRef.set(ref, indices);
    }
  });
  return { byRef, tvangsgrunnlagByRef };
}

/** kravdetaljer of the cost and fee claims (gebyr eller sakskostnad) in the 0.9 code list. */
export const KOSTNAD_TYPER: ReadonlySet<string> = new Set([
  'UtenrettsligeKostnader',
  'TidligereRettsligeSakskostnader',
  'SakskostnaderForSkriving',
]);

export const HOVEDKRAV = 'Hovedkrav';
export const RENTEKRAV = 'Rentekrav';

/** How a message names a krav (modelled): its kravreferanse, else its position. */
export function kravLabel(krav: Krav | undefined, index: number, m: Modell): string {
  return kravreferanse(krav, m) ?? `nr. ${index + 1}`;
}

/** How the forfallsdato rules name a krav (modelled): "<kravdetaljer> med kravreferanse <ref>". */
export function kravNavn(krav: Krav, index: number, m: Modell): string {
  return `${krav.kravdetaljer ?? 'Krav'} med kravreferanse ${kravLabel(krav, index, m)}`;
}
