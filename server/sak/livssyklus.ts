/**
 * The case lifecycle (SPEC §6) as one transition table. The status names are documented (Status på sak);
 * which moves are allowed is modelled.
 */

export const SAKSSTATUSER = [
  'sakOpprettet',
  'sakUnderBehandling',
  'sakForelagt',
  'sakBesluttet',
  'sakAvsluttet',
  'sakNektetFremmet',
  'sakHevet',
] as const;
export type Saksstatus = (typeof SAKSSTATUSER)[number];

export const BESLUTNINGSTYPER = ['utleggstrekk', 'utleggspant', 'intetTilUtlegg'] as const;
export type Beslutningstype = (typeof BESLUTNINGSTYPER)[number];

/**
 * Every legal move. The first target is the automatic next step on the sandbox clock. The statuses closed for an
 * endring (UGYLDIG_STATUS) are the rule's own set, `LUKKET` in rules/ugyldig-status.ts: sakBesluttet and the
 * three end states.
 */
export const OVERGANGER: Readonly<Record<Saksstatus, readonly Saksstatus[]>> = {
  sakOpprettet: ['sakUnderBehandling', 'sakNektetFremmet', 'sakHevet'],
  sakUnderBehandling: ['sakForelagt', 'sakNektetFremmet', 'sakHevet'],
  sakForelagt: ['sakBesluttet', 'sakNektetFremmet', 'sakHevet'],
  sakBesluttet: ['sakAvsluttet'],
  sakAvsluttet: [],
  sakNektetFremmet: [],
  sakHevet: [],
};

export function automatiskNeste(status: Saksstatus): Saksstatus | undefined {
  return OVERGANGER[status][0];
}

/**
 * The shortest chain of legal moves from `fra` to `til` (excluding `fra`), or undefined when `til` cannot be
 * reached. A sandbox action may jump ahead (sakOpprettet → sakBesluttet); it then passes every step between.
 */
export function sti(fra: Saksstatus, til: Saksstatus): Saksstatus[] | undefined {
  const forrige = new Map<Saksstatus, Saksstatus>();
  const koe: Saksstatus[] = [fra];
  while (koe.length > 0) {
    const status = koe.shift()!;
    for (const neste of OVERGANGER[status]) {
      if (neste === fra || forrige.has(neste)) continue;
      forrige.set(neste, status);
      if (neste === til) {
        const veien: Saksstatus[] = [];
        for (let s: Saksstatus = til; s !== fra; s = forrige.get(s)!) veien.unshift(s);
        return veien;
      }
      koe.push(neste);
    }
  }
  return undefined;
}
