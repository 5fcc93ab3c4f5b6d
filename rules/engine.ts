/** Runs the rule book over a begjæring: every rule, every violation, in a deterministic order. */
import type { Begjaering } from './lib/model.js';
import { rules, rulesByModell } from './registry.js';
import type { Rule, RuleContext, Violation } from './types.js';

export { rules };

const byKode = new Map(rules.map((r) => [r.kode, r]));

/**
 * Violations in rule order (alphabetical by kode), each rule's in document order. The rules are those of the
 * context's model; rules that apply only to changes run only when `endring` is set.
 */
export function runRules(begjaering: Begjaering, ctx: RuleContext, options: { endring: boolean }): Violation[] {
  const out: Violation[] = [];
  for (const rule of rulesByModell[ctx.modell.versjon]) {
    if (rule.gjelderKunEndringer && !options.endring) continue;
    const found = rule.check(begjaering, ctx);
    for (let i = 0; i < found.length; i++) out.push(found[i]!);
  }
  return out;
}

/** The registered rule with this kode (e.g. DUPLIKAT_INNSENDING for the server's unique-index race). */
export function ruleByKode(kode: string): Rule | undefined {
  return byKode.get(kode);
}
