/**
 * Where new identifiers come from: random by default, or in deterministic mode (SANDBOX_SEED) a sequence derived from
 * the seed, so that two runs of the same requests hand out the same identifiers (docs/klokke.md).
 */
import { randomUUID } from 'node:crypto';
import { uuidFraSha256 } from './uuid-navn.js';

/** The kinds of generated identifier; each is its own sequence, so work creating one kind never shifts another's. */
export type Idart = 'sak' | 'hendelse' | 'vedlegg' | 'korrelasjonsid' | 'webhook' | 'eksempel' | 'tilstand';

export interface Ider {
  /** A new UUID (version 4 form) for an identifier of kind `art`. */
  uuid(art: Idart): string;
}

export const tilfeldigeIder: Ider = { uuid: () => randomUUID() };

/** The n-th UUID of a kind is a hash of the key (seed and generation), the kind and n. */
export class SeededeIder implements Ider {
  private readonly tellere = new Map<Idart, number>();

  constructor(private readonly noekkel: string) {}

  uuid(art: Idart): string {
    const n = (this.tellere.get(art) ?? 0) + 1;
    this.tellere.set(art, n);
    // Version 4 form, as randomUUID's.
    return uuidFraSha256(`${this.noekkel}/${art}/${n}`, '4');
  }
}
