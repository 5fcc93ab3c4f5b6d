/** Shared finders of the VEDLEGG_* status rules and the UGYLDIG_VEDLEGG_* type rules. */
import type { Finding } from './define.js';
import type { Begjaering } from './model.js';
import type { Values } from './text.js';
import type { RuleContext, VedleggStatus } from '../types.js';
import { resolvedRefs, type ResolvedRef, type VedleggPlass } from './vedlegg-refs.js';

/**
 * Findings for every referenced attachment whose status has a message variant (filled with filnavn), and,
 * when `missing` is given, for every uuid that names no stored attachment (filled with filnavn and uuid).
 */
export function* statusFindings(
  b: Begjaering,
  ctx: RuleContext,
  byStatus: Partial<Record<VedleggStatus, string>>,
  missing?: string,
): Generator<Finding> {
  for (const ref of resolvedRefs(b, ctx)) {
    if (ref.uuid === undefined) continue;
    if (!ref.stored) {
      if (missing) yield { sti: ref.sti + '/uuid', template: missing, values: [ref.filnavn, ref.uuid] };
      continue;
    }
    const template = byStatus[ref.stored.status];
    if (template) yield { sti: ref.sti + '/uuid', template, values: [ref.filnavn] };
  }
}

/**
 * A type rule's finder: every reference at `plass` whose attachment is not of `type` — the stored type
 * when the attachment exists, else the declared one.
 */
export function typeFinder(
  plass: VedleggPlass,
  type: string,
  values: (ref: ResolvedRef, b: Begjaering) => Values = (ref) => ({ filnavn: ref.filnavn }),
) {
  return function* find(b: Begjaering, ctx: RuleContext): Generator<Finding> {
    for (const ref of resolvedRefs(b, ctx)) {
      if (ref.plass !== plass) continue;
      const actual = ref.stored?.type ?? ref.vedlegg.type;
      if (actual !== type) yield { sti: ref.sti + '/type', values: values(ref, b) };
    }
  };
}
