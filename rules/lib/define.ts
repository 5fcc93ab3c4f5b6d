/** Builds a `Rule` from its table texts and a finder, so each rule module stays a thin declaration. */
import type { Begjaering } from './model.js';
import type { Modell } from './modell.js';
import { fill, type Values } from './text.js';
import type { Rule, RuleContext, Violation } from '../types.js';

/** One place where a rule is broken. */
export interface Finding {
  sti: string;
  values?: Values;
  /** A message variant other than the rule's default template. */
  template?: string;
}

export type RuleSpec = Omit<Rule, 'check'> & {
  /** Message template when it is not the avvikstekst itself (e.g. a modelled reading of it). */
  template?: string;
  /** Every finding, in document order. */
  find(begjaering: Begjaering, ctx: RuleContext): Iterable<Finding>;
};

const NONE: Violation[] = Object.freeze([]) as unknown as Violation[];

export function defineRule(spec: RuleSpec): Rule {
  const { find, template, ...texts } = spec;
  // Rules with an empty avvikstekst answer with their title (modelled).
  const fallback = template ?? (texts.avvikstekst || texts.tittel);
  return {
    ...texts,
    check(begjaering, ctx): Violation[] {
      // Most rules find nothing: they all answer the one empty array rather than a new one each.
      let out: Violation[] | undefined;
      for (const f of find(begjaering, ctx)) {
        (out ??= []).push({
          kode: texts.kode,
          melding: fill(f.template ?? fallback, f.values),
          beskrivelse: texts.beskrivelse,
          sti: f.sti,
        });
      }
      return out ?? NONE;
    },
  };
}

/**
 * Memoises a derivation of the begjæring (a walk, an index) for the document being validated: rules never change
 * the document and the engine runs them all synchronously, so one slot serves every rule of a validation. One slot
 * rather than a WeakMap: ephemeron entries for every request's document cost the garbage collector more than the
 * walks they save. The last document stays referenced until the next validation (at most one body, ≤ 4 MB).
 */
export function perBegjaering<T>(derive: (b: Begjaering) => T): (b: Begjaering) => T {
  let doc: Begjaering | undefined;
  let value: T;
  return (b) => {
    if (b !== doc) {
      value = derive(b);
      doc = b;
    }
    return value;
  };
}

/** perBegjaering for a derivation that reads the document through its model view (one slot: document and view). */
export function perModell<T>(derive: (b: Begjaering, m: Modell) => T): (b: Begjaering, m: Modell) => T {
  let doc: Begjaering | undefined;
  let modell: Modell | undefined;
  let value: T;
  return (b, m) => {
    if (b !== doc || m !== modell) {
      value = derive(b, m);
      doc = b;
      modell = m;
    }
    return value;
  };
}

/** Array fields may be missing or, in malformed input, not arrays: iterate what is there. */
export function list<T>(value: readonly T[] | undefined | null): readonly T[] {
  return Array.isArray(value) ? value : [];
}

/** True for a non-empty string (after trimming). */
export function filled(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

// One formatter for the process (toLocaleDateString builds a new Intl.DateTimeFormat on every call, ~0.1 ms), made at
// the first call (building it loads the time zone data: ~20 ms, which every server start paid through this module),
// and the last answer per minute (formatting with a time zone still costs ~8 µs; Oslo's offset is whole hours).
let osloDate: Intl.DateTimeFormat | undefined;
let last = { minute: NaN, date: '' };

/** The sandbox clock's date in Norway (YYYY-MM-DD), which date rules compare with. */
export function today(now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== last.minute) {
    osloDate ??= new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' });
    last = { minute, date: osloDate.format(now) };
  }
  return last.date;
}
