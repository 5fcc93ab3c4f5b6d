/**
 * Shared fixtures of the rule tests: the examples (seed/examples: Skatteetaten's official 0.9 ones and the 2.0 ones
 * derived from them) with their attachments "uploaded" — as the real service requires, every distinct (uuid, type)
 * of an example is given its own uuid and stored as konvertert with that type and the example's innsenderReferanse —
 * and a ready rule context for each model.
 */
import type { Test } from 'tap';
import type { Begjaering, Vedlegg } from '../../rules/lib/model.js';
import { createRegister } from '../../rules/lib/register.js';
import type { EndringContext, Rule, RuleContext, VedleggInfo, VedleggStatus, Violation } from '../../rules/types.js';
import { MODELL, type Modellversjon } from '../../rules/lib/modell.js';
import { lesEksempel } from '../../server/eksempler.js';

export type ExampleName = 'enkel' | 'kompleks';

export const PAALOGGET_ORGNR = '312597772';
export const NOW = new Date('2026-11-26T12:00:00+01:00');
export const register = createRegister('lenient');

/** The example exactly as the file has it (0.9: as Skatteetaten publishes it). */
export function rawExample(name: ExampleName, modell: Modellversjon = '0.9'): Begjaering {
  return lesEksempel(name, modell) as Begjaering;
}

const store = new Map<string, VedleggInfo>();
const prepared = new Map<string, string>();

/** Replaces each distinct (uuid, type) with a fresh uuid and stores it as a converted attachment. */
function upload(doc: Begjaering): Begjaering {
  const fresh = new Map<string, string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const v = node as Vedlegg & Record<string, unknown>;
    if (typeof v.uuid === 'string' && typeof v.type === 'string' && typeof v.filnavn === 'string') {
      const key = `${v.uuid}|${v.type}`;
      let uuid = fresh.get(key);
      if (!uuid) {
        uuid = `00000000-0000-4000-8000-${String(store.size + 1).padStart(12, '0')}`;
        fresh.set(key, uuid);
        store.set(uuid, { uuid, type: v.type, filnavn: v.filnavn, status: 'konvertert', innsenderReferanse: doc.innsenderReferanse! });
      }
      v.uuid = uuid;
      return;
    }
    Object.values(v).forEach(visit);
  };
  visit(doc);
  return doc;
}

for (const modell of ['0.9', '2.0'] as const) {
  for (const name of ['enkel', 'kompleks'] as const) prepared.set(`${modell}/${name}`, JSON.stringify(upload(rawExample(name, modell))));
}

/** A fresh copy of the example (of model 0.9 unless said) with its attachments uploaded. */
export function example(name: ExampleName, modell: Modellversjon = '0.9'): Begjaering {
  return JSON.parse(prepared.get(`${modell}/${name}`)!) as Begjaering;
}

/** The example, changed in one place by `edit`. */
export function edited(name: ExampleName, edit: (b: Begjaering) => void, modell: Modellversjon = '0.9'): Begjaering {
  const b = example(name, modell);
  edit(b);
  return b;
}

/** The 2.0 example, changed in one place by `edit`. */
export const edited2 = (name: ExampleName, edit: (b: Begjaering) => void): Begjaering => edited(name, edit, '2.0');

/** The stored attachment (from the examples' upload) with this uuid. */
export function stored(uuid: string): VedleggInfo | undefined {
  return store.get(uuid);
}

/**
 * The rule context of the tests (model 0.9 unless `modell` says); `vedlegg` entries add to (or replace in) the store.
 * The caller is logged in as a system user (Alternativ 2), where the innsender must be påloggetOrgnr.
 */
export function context(overrides: Partial<RuleContext> = {}, vedlegg: VedleggInfo[] = []): RuleContext {
  const extra = new Map(vedlegg.map((v) => [v.uuid, v]));
  return {
    modell: MODELL['0.9'],
    påloggetOrgnr: PAALOGGET_ORGNR,
    innlogging: 'systembruker',
    now: NOW,
    register,
    vedlegg: (uuid) => extra.get(uuid) ?? store.get(uuid),
    finnesInnsending: () => false,
    ...overrides,
  };
}

/** The rule context of model 2.0 (/v2). */
export function context2(overrides: Partial<RuleContext> = {}, vedlegg: VedleggInfo[] = []): RuleContext {
  return context({ modell: MODELL['2.0'], ...overrides }, vedlegg);
}

/** A change (endring) of the case whose stored version is `forrige`, read in `modell`. */
export function endring(forrige: Begjaering, overrides: Partial<EndringContext> = {}, modell: Modellversjon = '0.9'): RuleContext {
  return context({
    modell: MODELL[modell],
    endring: { eksternSaksreferanse: 'SAK-1', saksstatus: 'sakOpprettet', harUbehandletInnsending: false, forrige, ...overrides },
  });
}

/** A stored attachment like the one with `uuid`, changed by `changes`. */
export function restored(uuid: string, changes: Partial<VedleggInfo>): VedleggInfo {
  return { ...stored(uuid)!, ...changes };
}

/** enkel's only akseptKanalvalg reference (under the mis-cased key) and its pointer. */
const AKSEPT_UUID = example('enkel').begjaeringensTvangsgrunnlag![0]!.saerligTvangsgrunnlag!.skriftligMeddelelse!
  .forsendelsesmaate!.AlternativElektroniskKanalForMeddelelse!.akseptKanalvalg!.uuid!;
export const AKSEPT_STI =
  '/begjaeringensTvangsgrunnlag/0/saerligTvangsgrunnlag/skriftligMeddelelse/forsendelsesmaate/AlternativElektroniskKanalForMeddelelse/akseptKanalvalg/uuid';

/** A context where enkel's akseptKanalvalg attachment has `status`. */
export function akseptWithStatus(status: VedleggStatus): RuleContext {
  return context({}, [restored(AKSEPT_UUID, { status })]);
}

/** The rule finds exactly these violations (kode and beskrivelse are the rule's). */
export function expectViolations(
  t: Test,
  rule: Rule,
  doc: Begjaering,
  expected: Array<Pick<Violation, 'melding' | 'sti'>>,
  ctx: RuleContext = context(),
): void {
  const want = expected.map((e) => ({ kode: rule.kode, melding: e.melding, beskrivelse: rule.beskrivelse, sti: e.sti }));
  t.same(rule.check(doc, ctx), want, `${rule.kode}: ${expected.length} violation(s)`);
}

/** The rule finds nothing. */
export function expectNone(t: Test, rule: Rule, doc: Begjaering, ctx: RuleContext = context()): void {
  t.same(rule.check(doc, ctx), [], `${rule.kode}: no violation`);
}
