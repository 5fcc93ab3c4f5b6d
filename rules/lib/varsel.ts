/** Shared finder of the § 4-18 and § 4-19 varsel rules. */
import { filled, list, type Finding } from './define.js';
import type { Begjaering } from './model.js';
import { pointer } from './text.js';

/**
 * Tvangsgrunnlag of one kind (særlig: with saerligTvangsgrunnlag; alminnelig: without) that have neither a
 * varsel of `type` with a dato nor a begrunnelseUnnlatVarsel.
 */
export function varselFinder(saerlig: boolean, type: string) {
  return function* find(b: Begjaering): Generator<Finding> {
    for (const [i, tg] of list(b.begjaeringensTvangsgrunnlag).entries()) {
      if (Boolean(tg?.saerligTvangsgrunnlag) !== saerlig || filled(tg?.begrunnelseUnnlatVarsel)) continue;
      if (list(tg?.varsel).some((v) => v?.type === type && filled(v.dato))) continue;
      yield { sti: pointer('begjaeringensTvangsgrunnlag', i, 'varsel') };
    }
  };
}
