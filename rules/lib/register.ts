/**
 * The party register (seed/register/): the parties of the official examples and generated Tenor-like parties
 * (parties.json), plus the identifiers locked to the old rules (gammelt-regelverk.json).
 * lenient: any checksum-valid 9-digit identifier is an organisation and any 11-digit one a person, so
 * vendors' own Tenor data works; strict: only the register knows a party.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../server/paths.js';
import { isValidFoedselsnummer, isValidOrgnr } from '../checksums.js';
import type { Party, PartyRegister } from '../types.js';
import { today } from './define.js';

/**
 * The last day of the transition period, "fra 1.1.2026 til 31.12.2026" (the page's tab "Overgangsperioden"), in
 * Norway. The locked list holds until then; from 1.1.2027 every skyldner is on the new rules.
 */
const OVERGANGSPERIODENS_SISTE_DAG = '2026-12-31';

/**
 * True when the identifier must be handled under the old rules on the sandbox clock's `now`: it is on the locked list
 * (`isOldRules`) and the transition period has not ended. SAKSOEKT_GAMMELT_REGELVERK and betjeningskartet ask this.
 */
export function paaGammeltRegelverk(register: PartyRegister, identifikator: string, now: Date): boolean {
  return today(now) <= OVERGANGSPERIODENS_SISTE_DAG && register.isOldRules(identifikator);
}

export type RegisterMode = 'lenient' | 'strict';

interface GammeltRegelverk {
  foedselsnummerEllerDnummer: string[];
  organisasjonsnummer: string[];
}

const DIR = join(ROOT, 'seed', 'register');

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(DIR, name), 'utf8')) as T;
}

/** A party the lenient register accepts on its checksum alone (modelled name). */
function fromChecksum(identifikator: string): Party | undefined {
  if (isValidOrgnr(identifikator)) return { identifikator, kind: 'organisasjon', navn: '(Tenor-organisasjon)', hovedenhet: true, enk: false };
  if (isValidFoedselsnummer(identifikator)) return { identifikator, kind: 'person', navn: '(Tenor-person)' };
  return undefined;
}

export function createRegister(mode: RegisterMode): PartyRegister {
  const parties = new Map<string, Party>();
  const gammelt = readJson<GammeltRegelverk>('gammelt-regelverk.json');
  const old = new Set([...gammelt.foedselsnummerEllerDnummer, ...gammelt.organisasjonsnummer]);
  // The locked identifiers are Tenor parties too: known in strict mode, so the rule that names them answers.
  for (const id of gammelt.organisasjonsnummer) {
    parties.set(id, { identifikator: id, kind: 'organisasjon', navn: '(Tenor-organisasjon, gammelt regelverk)', hovedenhet: true, enk: false });
  }
  for (const id of gammelt.foedselsnummerEllerDnummer) {
    parties.set(id, { identifikator: id, kind: 'person', navn: '(Tenor-person, gammelt regelverk)' });
  }
  for (const p of readJson<{ parties: Party[] }>('parties.json').parties) {
    const { identifikator, kind, navn, hovedenhet, enk, foedselsdato, adresse } = p;
    parties.set(identifikator, { identifikator, kind, navn, hovedenhet, enk, foedselsdato, adresse });
  }
  return {
    lookup: (id) => parties.get(id) ?? (mode === 'lenient' ? fromChecksum(id) : undefined),
    isOldRules: (id) => old.has(id),
    oldRulesOrganisations: Object.freeze([...gammelt.organisasjonsnummer]),
  };
}
