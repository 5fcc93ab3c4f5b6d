/**
 * Fault injection (modelled, SPEC §9): an organisation's next N API requests (optionally only under a path) answer
 * 500 KB-002 or 503, or are delayed. Kept in memory for the per-request check (one Map lookup when nothing is armed)
 * and in SQLite so an armed fault survives a restart.
 */
import { underApi, type Api } from '../api.js';
import type { Db } from '../store/database.js';

export interface FeilInjeksjonRequest {
  antall: number;
  status?: 500 | 503;
  forsinkelseMs?: number;
  retryAfterSekunder?: number;
  sti?: string;
}

/** An armed fault (OpenAPI FeilInjeksjon). */
export interface FeilInjeksjon extends FeilInjeksjonRequest {
  id: number;
  gjenstaaende: number;
  opprettet: string;
}

interface Rad {
  id: number;
  orgnr: string;
  antall: number;
  gjenstaaende: number;
  status: 500 | 503 | null;
  forsinkelse_ms: number | null;
  retry_after_sekunder: number | null;
  sti: string | null;
  opprettet: string;
}

function tilInjeksjon(rad: Rad): FeilInjeksjon {
  const f: FeilInjeksjon = { id: rad.id, antall: rad.antall, gjenstaaende: rad.gjenstaaende, opprettet: rad.opprettet };
  if (rad.status !== null) f.status = rad.status;
  if (rad.forsinkelse_ms !== null) f.forsinkelseMs = rad.forsinkelse_ms;
  if (rad.retry_after_sekunder !== null) f.retryAfterSekunder = rad.retry_after_sekunder;
  if (rad.sti !== null) f.sti = rad.sti;
  return f;
}

/**
 * `sti` names a full path (/api/utleggsbegjaering/v1/status: that version only) or one under the base path
 * (/status: either version).
 */
function treffer(sti: string | undefined, api: Api, url: string): boolean {
  if (sti === undefined) return true;
  return url.startsWith(sti) || underApi(api, url).startsWith(sti);
}

export class Feilinjeksjoner {
  private readonly aktive = new Map<string, FeilInjeksjon[]>();
  private readonly stmt;

  constructor(db: Db) {
    this.stmt = {
      insert: db.prepare(`INSERT INTO feilinjeksjon (orgnr, antall, gjenstaaende, status, forsinkelse_ms, retry_after_sekunder, sti, opprettet)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`),
      brukt: db.prepare('UPDATE feilinjeksjon SET gjenstaaende = ? WHERE id = ?'),
      ferdig: db.prepare('DELETE FROM feilinjeksjon WHERE id = ?'),
      slett: db.prepare('DELETE FROM feilinjeksjon WHERE orgnr = ?'),
    };
    const rader = db.prepare('SELECT * FROM feilinjeksjon WHERE gjenstaaende > 0 ORDER BY id').all() as Rad[];
    for (const rad of rader) this.leggTil(rad.orgnr, tilInjeksjon(rad));
  }

  injiser(orgnr: string, req: FeilInjeksjonRequest, naa: Date): FeilInjeksjon {
    const rad = this.stmt.insert.get(orgnr, req.antall, req.antall, req.status ?? null, req.forsinkelseMs ?? null,
      req.status === 503 ? (req.retryAfterSekunder ?? 1) : null, req.sti ?? null, naa.toISOString()) as Rad;
    const injeksjon = tilInjeksjon(rad);
    this.leggTil(orgnr, injeksjon);
    return injeksjon;
  }

  liste(orgnr: string): FeilInjeksjon[] {
    return (this.aktive.get(orgnr) ?? []).map((f) => ({ ...f }));
  }

  /** Disarms every fault of the organisation; returns how many were armed. */
  slett(orgnr: string): number {
    this.aktive.delete(orgnr);
    return this.stmt.slett.run(orgnr).changes;
  }

  /** The fault this API request of `orgnr` to `url` takes (and uses up one of), or undefined. */
  ta(orgnr: string, api: Api, url: string): FeilInjeksjon | undefined {
    const liste = this.aktive.get(orgnr);
    if (liste === undefined) return undefined;
    const i = liste.findIndex((f) => treffer(f.sti, api, url));
    if (i < 0) return undefined;
    const f = liste[i]!;
    f.gjenstaaende--;
    if (f.gjenstaaende > 0) this.stmt.brukt.run(f.gjenstaaende, f.id);
    else {
      this.stmt.ferdig.run(f.id);
      liste.splice(i, 1);
      if (liste.length === 0) this.aktive.delete(orgnr);
    }
    return { ...f };
  }

  private leggTil(orgnr: string, f: FeilInjeksjon): void {
    const liste = this.aktive.get(orgnr);
    if (liste) liste.push(f);
    else this.aktive.set(orgnr, [f]);
  }
}
