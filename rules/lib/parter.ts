/** The parties (aktører) of a begjæring with their JSON pointers, and what the rules read from them. */
import { filled, list, perBegjaering } from './define.js';
import type { Aktoer, Begjaering, Prosessfullmektig } from './model.js';
import { pointer } from './text.js';
import type { Party, RuleContext } from '../types.js';

export interface AktoerRef {
  aktoer: Aktoer;
  /** Pointer to the aktør object itself. */
  sti: string;
}

export interface ProsessfullmektigRef {
  fullmektig: Prosessfullmektig;
  /** Pointer to the prosessfullmektig wrapper (holding prosessfullmektig, bevillingshaver, fullmakt). */
  sti: string;
}

export function identifikatorOf(aktoer: Aktoer | undefined): string | undefined {
  const verdi = aktoer?.virksomhet?.identifikator?.verdi ?? aktoer?.person?.identifikator?.verdi;
  return filled(verdi) ? verdi : undefined;
}

export function navnOf(aktoer: Aktoer | undefined): string | undefined {
  if (filled(aktoer?.virksomhet?.navn)) return aktoer.virksomhet.navn;
  const n = aktoer?.person?.personnavn;
  const parts = [n?.fornavn, n?.mellomnavn, n?.etternavn].filter(filled);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** How a message names a party (modelled): its identifier, else its name. */
export function label(aktoer: Aktoer | undefined): string {
  return identifikatorOf(aktoer) ?? navnOf(aktoer) ?? '(ikke oppgitt)';
}

// The walks below run once per begjæring (perBegjaering): some twenty rules read the parties.

export const saksoekere: (b: Begjaering) => readonly AktoerRef[] = perBegjaering((b) =>
  list(b.saksoeker).map((s, i) => ({ aktoer: s?.saksoeker ?? {}, sti: pointer('saksoeker', i, 'saksoeker') })),
);

export const saksoekte: (b: Begjaering) => readonly AktoerRef[] = perBegjaering((b) =>
  list(b.saksoekt).map((s, i) => ({ aktoer: s?.saksoekt ?? {}, sti: pointer('saksoekt', i, 'saksoekt') })),
);

/** Every prosessfullmektig: the saksøkeres', the saksøktes', the innsender's, in document order. */
export const prosessfullmektiger: (b: Begjaering) => readonly ProsessfullmektigRef[] = perBegjaering((b) => {
  const out: ProsessfullmektigRef[] = [];
  list(b.saksoeker).forEach((s, i) => {
    if (s?.prosessfullmektig) out.push({ fullmektig: s.prosessfullmektig, sti: pointer('saksoeker', i, 'prosessfullmektig') });
  });
  list(b.saksoekt).forEach((s, i) => {
    if (s?.prosessfullmektig) out.push({ fullmektig: s.prosessfullmektig, sti: pointer('saksoekt', i, 'prosessfullmektig') });
  });
  if (b.innsender?.prosessfullmektig) {
    out.push({ fullmektig: b.innsender.prosessfullmektig, sti: pointer('innsender', 'prosessfullmektig') });
  }
  return out;
});

/** Every aktør of the document (parties, their prosessfullmektiger, the innsender), in document order. */
export const aktoerer: (b: Begjaering) => readonly AktoerRef[] = perBegjaering((b) => {
  const out: AktoerRef[] = [];
  const add = (aktoer: Aktoer | undefined, sti: string): void => {
    if (aktoer) out.push({ aktoer, sti });
  };
  list(b.saksoeker).forEach((s, i) => {
    add(s?.saksoeker, pointer('saksoeker', i, 'saksoeker'));
    add(s?.prosessfullmektig?.prosessfullmektig, pointer('saksoeker', i, 'prosessfullmektig', 'prosessfullmektig'));
  });
  list(b.saksoekt).forEach((s, i) => {
    add(s?.saksoekt, pointer('saksoekt', i, 'saksoekt'));
    add(s?.prosessfullmektig?.prosessfullmektig, pointer('saksoekt', i, 'prosessfullmektig', 'prosessfullmektig'));
  });
  add(b.innsender?.innsender, pointer('innsender', 'innsender'));
  add(b.innsender?.prosessfullmektig?.prosessfullmektig, pointer('innsender', 'prosessfullmektig', 'prosessfullmektig'));
  return out;
});

/** The later occurrences of an identifier already seen among `refs`. */
export function* duplicates(refs: readonly AktoerRef[]): Generator<AktoerRef> {
  const seen = new Set<string>();
  for (const ref of refs) {
    const id = identifikatorOf(ref.aktoer);
    if (id === undefined) continue;
    if (seen.has(id)) yield ref;
    else seen.add(id);
  }
}

/** Parties given as a virksomhet that the register knows as an organisation. */
export function* registeredOrganisations(
  refs: readonly AktoerRef[],
  ctx: RuleContext,
): Generator<{ ref: AktoerRef; party: Party; sti: string }> {
  for (const ref of refs) {
    const verdi = ref.aktoer.virksomhet?.identifikator?.verdi;
    if (!filled(verdi)) continue;
    const party = ctx.register.lookup(verdi);
    if (party?.kind === 'organisasjon') yield { ref, party, sti: ref.sti + '/virksomhet/identifikator/verdi' };
  }
}

/** Pointer to the party's identifier when it has one, else to the party. */
export function identifikatorSti(ref: AktoerRef): string {
  if (filled(ref.aktoer.virksomhet?.identifikator?.verdi)) return ref.sti + '/virksomhet/identifikator/verdi';
  if (filled(ref.aktoer.person?.identifikator?.verdi)) return ref.sti + '/person/identifikator/verdi';
  return ref.sti;
}
