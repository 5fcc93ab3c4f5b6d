/** Shared finder of the § 4-18 and § 4-19 varsel rules. */
import { filled, list, type Finding } from './define.js';
import type { Begjaering, BegjaeringensTvangsgrunnlag } from './model.js';
import type { Modell } from './modell.js';
import { pointer } from './text.js';
import type { RuleContext } from '../types.js';

/**
 * A begrunnelseUnnlatVarsel stands in for the varsel, except on a skriftlig meddelelse where the model forbids the
 * field there (2.0: "Er ikke lov å fylle ut for SkriftligMeddelelse").
 */
function begrunnelseGjelder(tg: BegjaeringensTvangsgrunnlag | undefined, m: Modell): boolean {
  if (!filled(tg?.begrunnelseUnnlatVarsel)) return false;
  return m.begrunnelseForSkriftligMeddelelse || !tg.saerligTvangsgrunnlag?.skriftligMeddelelse;
}

/**
 * Tvangsgrunnlag of one kind (særlig: with saerligTvangsgrunnlag; alminnelig: without) that have neither a
 * varsel of `type` with a dato nor a begrunnelseUnnlatVarsel that counts.
 */
export function varselFinder(saerlig: boolean, type: string) {
  return function* find(b: Begjaering, ctx: RuleContext): Generator<Finding> {
    for (const [i, tg] of list(b.begjaeringensTvangsgrunnlag).entries()) {
      if (Boolean(tg?.saerligTvangsgrunnlag) !== saerlig || begrunnelseGjelder(tg, ctx.modell)) continue;
      if (list(tg?.varsel).some((v) => v?.type === type && filled(v.dato))) continue;
      yield { sti: pointer('begjaeringensTvangsgrunnlag', i, 'varsel') };
    }
  };
}
