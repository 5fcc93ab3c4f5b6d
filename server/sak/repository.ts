/** Cases (sak) and their stored begjæring versions in SQLite. Every query is scoped to the organisation. */
import { uuid7 } from '../store/uuid7.js';
import type { Ider } from '../store/ider.js';
import { InnsendingFilter } from './innsendingsfilter.js';
import type { Db } from '../store/database.js';
import type { Begjaering } from '../../rules/lib/model.js';
import type { Modellversjon } from '../../rules/lib/modell.js';
import type { Beslutningstype, Saksstatus } from './livssyklus.js';

export interface Sak {
  id: number;
  orgnr: string;
  eksternSaksreferanse: string;
  begjaeringsdato: string;
  innsenderReferanse: string;
  saksstatus: Saksstatus;
  namsmannensReferanse: string;
  opprettet: string;
  oppdatert: string;
  beslutning: Beslutningstype | null;
  beslutningsdato: string | null;
  /** When the status last changed; null while the case is still in its first status. */
  statusEndret: string | null;
}

/** Processing state of one submitted version (OpenAPI Behandlingsstatus). */
export type Behandlingsstatus = 'ubehandlet' | 'behandlet';

export interface Versjon {
  versjon: number;
  mottatt: string;
  behandlet: Behandlingsstatus;
  /** The information model the version was written in (the API version it was sent to). */
  modell: Modellversjon;
  begjaering: Begjaering;
}

/** Called inside the creating transaction, so what it writes (events, scheduled steps) commits with the case. */
export type SakListener = (sak: Sak) => void;

const SAK_COLUMNS = `id, orgnr, ekstern_saksreferanse AS eksternSaksreferanse, begjaeringsdato,
  innsender_referanse AS innsenderReferanse, saksstatus, namsmann_referanse AS namsmannensReferanse, opprettet, oppdatert,
  beslutning, beslutningsdato, status_endret AS statusEndret`;

/** SQL: one of `rolle`'s parties (organisation or person) has an identifier in the JSON array parameter `param`. */
const PART_I = (rolle: string, param: string) => `EXISTS (SELECT 1 FROM json_each(v.dokument, '$.${rolle}') p
  WHERE coalesce(p.value ->> '$.${rolle}.virksomhet.identifikator.verdi', p.value ->> '$.${rolle}.person.identifikator.verdi')
  IN (SELECT value FROM json_each(${param})))`;

const isUniqueViolation = (err: unknown) =>
  ['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY'].includes((err as { code?: string }).code ?? '');

/** 1 when the organisation has a case with this begjaeringsdato and innsenderReferanse; the validation thread reads it too. */
export const FINNES_INNSENDING_SQL = 'SELECT 1 FROM sak WHERE orgnr = ? AND begjaeringsdato = ? AND innsender_referanse = ?';

/** What makes a case unique for its organisation; all a new case takes from the parsed begjæring. */
export type Innsendingsnoekkel = Pick<Begjaering, 'begjaeringsdato' | 'innsenderReferanse'>;

/** A submission waiting for the next group commit, and where its answer goes. */
interface Innsending {
  orgnr: string;
  noekkel: Innsendingsnoekkel;
  /** The document as stored: the body's text as validated. */
  dokument: string;
  modell: Modellversjon;
  now: Date;
  resolve: (sak: Sak | undefined) => void;
  reject: (err: unknown) => void;
}

export class SakRepository {
  private readonly listeners: SakListener[] = [];
  /** Shared with the validation thread (its buffer), which asks it before the database. */
  readonly innsendinger = new InnsendingFilter();
  private readonly stmt;
  private readonly alene: (innsending: Innsending) => Sak | undefined;
  private readonly gruppe: (innsendinger: readonly Innsending[]) => Array<Sak | undefined>;
  private ventende: Innsending[] = [];

  constructor(
    private readonly db: Db,
    private readonly ider: Ider,
  ) {
    this.stmt = {
      exists: db.prepare(FINNES_INNSENDING_SQL).pluck(),
      insertSak: db.prepare(`INSERT INTO sak (orgnr, ekstern_saksreferanse, begjaeringsdato, innsender_referanse, saksstatus,
        namsmann_referanse, opprettet, oppdatert) VALUES (?, ?, ?, ?, 'sakOpprettet', '', ?, ?)`),
      setNamsmannRef: db.prepare('UPDATE sak SET namsmann_referanse = ? WHERE id = ?'),
      insertVersjon: db.prepare('INSERT INTO begjaering_versjon (sak_id, versjon, mottatt, dokument, modell) VALUES (?, ?, ?, ?, ?)'),
      byRef: db.prepare(`SELECT ${SAK_COLUMNS} FROM sak WHERE orgnr = ? AND ekstern_saksreferanse = ?`),
      byId: db.prepare(`SELECT ${SAK_COLUMNS} FROM sak WHERE id = ?`),
      versjoner: db.prepare('SELECT versjon, mottatt, behandlet, modell, dokument FROM begjaering_versjon WHERE sak_id = ? ORDER BY versjon'),
      siste: db.prepare('SELECT versjon, mottatt, behandlet, modell, dokument FROM begjaering_versjon WHERE sak_id = ? ORDER BY versjon DESC LIMIT 1'),
      ubehandlet: db.prepare("SELECT 1 FROM begjaering_versjon WHERE sak_id = ? AND behandlet = 'ubehandlet'").pluck(),
      touchIfStatus: db.prepare('UPDATE sak SET oppdatert = ? WHERE id = ? AND saksstatus = ?'),
      setStatus: db.prepare(`UPDATE sak SET saksstatus = @til, oppdatert = @tid, status_endret = @tid,
        beslutning = coalesce(@beslutning, beslutning), beslutningsdato = coalesce(@dato, beslutningsdato)
        WHERE id = @id AND saksstatus = @fra`),
      medInnsenderReferanse: db.prepare(`SELECT ekstern_saksreferanse FROM sak WHERE orgnr = ? AND innsender_referanse = ?
        ORDER BY id DESC LIMIT 1`).pluck(),
      // Version 1 is enough: the parties cannot change in an endring (ULOVLIG_ENDRING_SAKSOEKER, _SAKSOEKT).
      medParter: db.prepare(`SELECT ${SAK_COLUMNS} FROM sak JOIN begjaering_versjon v ON v.sak_id = sak.id AND v.versjon = 1
        WHERE orgnr = @orgnr AND ${PART_I('saksoeker', '@saksoeker')} AND ${PART_I('saksoekt', '@saksoekt')} ORDER BY sak.id DESC`),
      markBehandlet: db.prepare(`UPDATE begjaering_versjon SET behandlet = 'behandlet', behandlet_tidspunkt = ?
        WHERE sak_id = ? AND behandlet = 'ubehandlet' RETURNING versjon`).pluck(),
    };
    const keys = db.prepare('SELECT orgnr, begjaeringsdato, innsender_referanse FROM sak').raw().iterate() as Iterable<[string, string, string]>;
    for (const [orgnr, dato, referanse] of keys) this.innsendinger.add(orgnr, dato, referanse);
    // Inside a transaction: the case, version 1 and what its listeners write; undefined for a duplicate. The unique
    // index refuses a duplicate at the first write, and a refused statement leaves nothing behind.
    const opprett = ({ orgnr, noekkel, dokument, modell, now }: Innsending): Sak | undefined => {
      const tid = now.toISOString();
      const ref = uuid7(now.getTime(), this.ider.uuid('sak'));
      const begjaeringsdato = noekkel.begjaeringsdato ?? '';
      const innsenderReferanse = noekkel.innsenderReferanse ?? '';
      let id: number;
      try {
        id = Number(this.stmt.insertSak.run(orgnr, ref, begjaeringsdato, innsenderReferanse, tid, tid).lastInsertRowid);
      } catch (err) {
        if (isUniqueViolation(err)) return undefined;
        throw err;
      }
      this.innsendinger.add(orgnr, begjaeringsdato, innsenderReferanse); // kept if the transaction rolls back: only a stale hit
      // The namsmann's own reference (documented form UTLBGJ/<year>/<n>); n is the case's row number.
      const namsmannensReferanse = `UTLBGJ/${now.getUTCFullYear()}/${id}`;
      this.stmt.setNamsmannRef.run(namsmannensReferanse, id);
      this.stmt.insertVersjon.run(id, 1, tid, dokument, modell);
      // The row as just written (no read-back; byRef's columns, in its order).
      const sak: Sak = {
        id,
        orgnr,
        eksternSaksreferanse: ref,
        begjaeringsdato,
        innsenderReferanse,
        saksstatus: 'sakOpprettet',
        namsmannensReferanse,
        opprettet: tid,
        oppdatert: tid,
        beslutning: null,
        beslutningsdato: null,
        statusEndret: null,
      };
      for (const listener of this.listeners) listener(sak);
      return sak;
    };
    // Built once: db.transaction() wraps its function anew on every call (~20 µs per submission).
    this.alene = db.transaction(opprett);
    // One commit for all. No savepoint per case: it copied every page the case touched to the statement journal.
    this.gruppe = db.transaction((innsendinger: readonly Innsending[]) => innsendinger.map(opprett));
  }

  /** Registers work that must commit together with every new case. */
  onOpprettet(listener: SakListener): void {
    this.listeners.push(listener);
  }

  finnesInnsending(orgnr: string, begjaeringsdato: string, innsenderReferanse: string): boolean {
    if (!this.innsendinger.mayExist(orgnr, begjaeringsdato, innsenderReferanse)) return false;
    return this.stmt.exists.get(orgnr, begjaeringsdato, innsenderReferanse) !== undefined;
  }

  /**
   * Stores a new case with version 1; undefined when the unique index says it is a duplicate. Resolves only after
   * the commit. Group commit: the submissions that arrive in one turn of the event loop commit together on the
   * next (one WAL commit of ~20 pages costs more than all their inserts), each still all-or-nothing. `dokument` is
   * the JSON text stored for version 1, written in `modell`. Only the key waits with it, not the parsed begjæring:
   * every submission in flight waits here, and their parsed documents, kept alive across scavenges, doubled the
   * garbage collector's work.
   */
  opprett(orgnr: string, noekkel: Innsendingsnoekkel, now: Date, dokument: string, modell: Modellversjon): Promise<Sak | undefined> {
    return new Promise((resolve, reject) => {
      this.ventende.push({ orgnr, noekkel, dokument, modell, now, resolve, reject });
      if (this.ventende.length === 1) setImmediate(() => this.commitVentende());
    });
  }

  private commitVentende(): void {
    const innsendinger = this.ventende;
    this.ventende = [];
    let saker: Array<Sak | undefined>;
    try {
      saker = this.gruppe(innsendinger);
    } catch {
      // Rolled back; each again in a transaction of its own, so a failure undoes only its own rows.
      for (const innsending of innsendinger) this.commitAlene(innsending);
      return;
    }
    innsendinger.forEach((innsending, i) => innsending.resolve(saker[i]));
  }

  private commitAlene(innsending: Innsending): void {
    try {
      innsending.resolve(this.alene(innsending));
    } catch (err) {
      innsending.reject(err);
    }
  }

  hent(orgnr: string, eksternSaksreferanse: string): Sak | undefined {
    return this.stmt.byRef.get(orgnr, eksternSaksreferanse) as Sak | undefined;
  }

  /** By row id, for scheduled work that already knows the case (not tenant-facing). */
  hentMedId(id: number): Sak | undefined {
    return this.stmt.byId.get(id) as Sak | undefined;
  }

  /** The newest of the organisation's cases with this innsenderReferanse (an attachment's), if any. */
  medInnsenderReferanse(orgnr: string, innsenderReferanse: string): string | undefined {
    return this.stmt.medInnsenderReferanse.get(orgnr, innsenderReferanse) as string | undefined;
  }

  /** The organisation's cases, newest first, with one of `saksoeker` among their saksøkere and one of `saksoekt` among their saksøkte. */
  medParter(orgnr: string, saksoeker: readonly string[], saksoekt: readonly string[]): Sak[] {
    return this.stmt.medParter.all({ orgnr, saksoeker: JSON.stringify(saksoeker), saksoekt: JSON.stringify(saksoekt) }) as Sak[];
  }

  versjoner(sak: Sak): Versjon[] {
    return (this.stmt.versjoner.all(sak.id) as VersjonRow[]).map(toVersjon);
  }

  sisteVersjon(sak: Sak): Versjon {
    return toVersjon(this.stmt.siste.get(sak.id) as VersjonRow);
  }

  harUbehandlet(sak: Sak): boolean {
    return this.stmt.ubehandlet.get(sak.id) !== undefined;
  }

  /**
   * Stores `versjon` of an endring, `ubehandlet`. False when the case moved since the caller read it: its status
   * changed, another version is still ubehandlet, or a parallel endring took the number (the primary key).
   */
  leggTilVersjon(sak: Sak, versjon: number, begjaering: Begjaering, modell: Modellversjon, now: Date): boolean {
    const tid = now.toISOString();
    try {
      return this.db.transaction(() => {
        if (this.harUbehandlet(sak)) return false;
        if (this.stmt.touchIfStatus.run(tid, sak.id, sak.saksstatus).changes === 0) return false;
        this.stmt.insertVersjon.run(sak.id, versjon, tid, JSON.stringify(begjaering), modell);
        return true;
      })();
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  }

  /**
   * Moves the case from `fra` to `til` (compare-and-set: false when it is no longer in `fra`) and marks every
   * ubehandlet version behandlet; returns the versions it marked. Call inside a transaction.
   */
  settStatus(sak: Sak, til: Saksstatus, now: Date, beslutning?: Beslutningstype): number[] | undefined {
    const tid = now.toISOString();
    const dato = beslutning ? tid.slice(0, 10) : null;
    const params = { til, tid, beslutning: beslutning ?? null, dato, id: sak.id, fra: sak.saksstatus };
    if (this.stmt.setStatus.run(params).changes === 0) return undefined;
    return this.stmt.markBehandlet.all(tid, sak.id) as number[];
  }
}

interface VersjonRow {
  versjon: number;
  mottatt: string;
  behandlet: Behandlingsstatus;
  modell: Modellversjon;
  dokument: string;
}

const toVersjon = ({ dokument, ...v }: VersjonRow): Versjon => ({ ...v, begjaering: JSON.parse(dokument) as Begjaering });
