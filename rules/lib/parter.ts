/** The parties (aktører) of a begjæring with their JSON pointers, and what the rules read from them. */
import { filled, list, perBegjaering, perModell } from './define.js';
import type { Aktoer, Begjaering, Prosessfullmektig } from './model.js';
import { prosessfullmektigAv, type Modell } from './modell.js';
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

// The walks below run once per begjæring (perBegjaering): some twenty rules read the parties. Their pointers are
// written out (fixed field names and indices: nothing to escape).

export const saksoekere: (b: Begjaering) => readonly AktoerRef[] = perBegjaering((b) =>
  list(b.saksoeker).map((s, i) => ({ aktoer: s?.saksoeker ?? {}, sti: `/saksoeker/${i}/saksoeker` })),
);

export const saksoekte: (b: Begjaering) => readonly AktoerRef[] = perBegjaering((b) =>
  list(b.saksoekt).map((s, i) => ({ aktoer: s?.saksoekt ?? {}, sti: `/saksoekt/${i}/saksoekt` })),
);

/** Every prosessfullmektig: the saksøkeres', the saksøktes', the innsender's, in document order (keys as the model spells them). */
export const prosessfullmektiger: (b: Begjaering, m: Modell) => readonly ProsessfullmektigRef[] = perModell((b, m) => {
  const out: ProsessfullmektigRef[] = [];
  const add = (funnet: ReturnType<typeof prosessfullmektigAv>, sti: string): void => {
    if (funnet) out.push({ fullmektig: funnet.fullmektig, sti: `${sti}/${funnet.key}` });
  };
  const saksoekere = list(b.saksoeker);
  for (let i = 0; i < saksoekere.length; i++) add(prosessfullmektigAv(saksoekere[i], 'saksoeker', m), `/saksoeker/${i}`);
  const saksoekte = list(b.saksoekt);
  for (let i = 0; i < saksoekte.length; i++) add(prosessfullmektigAv(saksoekte[i], 'saksoekt', m), `/saksoekt/${i}`);
  add(prosessfullmektigAv(b.innsender, 'innsender', m), '/innsender');
  return out;
});

/** Every aktør of the document (parties, their prosessfullmektiger, the innsender), in document order. */
export const aktoerer: (b: Begjaering, m: Modell) => readonly AktoerRef[] = perModell((b, m) => {
  const out: AktoerRef[] = [];
  const add = (aktoer: Aktoer | undefined, sti: string): void => {
    if (aktoer) out.push({ aktoer, sti });
  };
  const fullmektig = (funnet: ReturnType<typeof prosessfullmektigAv>, sti: string): void =>
    add(funnet?.fullmektig.prosessfullmektig, `${sti}/${funnet?.key}/prosessfullmektig`);
  const saksoekere = list(b.saksoeker);
  for (let i = 0; i < saksoekere.length; i++) {
    add(saksoekere[i]?.saksoeker, `/saksoeker/${i}/saksoeker`);
    fullmektig(prosessfullmektigAv(saksoekere[i], 'saksoeker', m), `/saksoeker/${i}`);
  }
  const saksoekte = list(b.saksoekt);
  for (let i = 0; i < saksoekte.length; i++) {
    add(saksoekte[i]?.saksoekt, `/saksoekt/${i}/saksoekt`);
    fullmektig(prosessfullmektigAv(saksoekte[i], 'saksoekt', m), `/saksoekt/${i}`);
  }
  add(b.innsender?.innsender, '/innsender/innsender');
  fullmektig(prosessfullmektigAv(b.innsender, 'innsender', m), '/innsender');
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
