/** Cases (sak) and their stored begjæring versions in SQLite. Every query is scoped to the organisation. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/database.js';
import type { Begjaering } from '../../rules/model.js';

export interface Sak {
  id: number;
  orgnr: string;
  eksternSaksreferanse: string;
  begjaeringsdato: string;
  innsenderReferanse: string;
  saksstatus: string;
  namsmannensReferanse: string;
  opprettet: string;
  oppdatert: string;
}

export interface Versjon {
  versjon: number;
  mottatt: string;
  behandlet: string;
  begjaering: Begjaering;
}

/** Called inside the creating transaction, so what it writes (events, scheduled steps) commits with the case. */
export type SakListener = (sak: Sak) => void;

const SAK_COLUMNS = `id, orgnr, ekstern_saksreferanse AS eksternSaksreferanse, begjaeringsdato,
  innsender_referanse AS innsenderReferanse, saksstatus, namsmann_referanse AS namsmannensReferanse, opprettet, oppdatert`;

export class SakRepository {
  private readonly listeners: SakListener[] = [];
  private readonly stmt;

  constructor(private readonly db: Db) {
    this.stmt = {
      exists: db.prepare('SELECT 1 FROM sak WHERE orgnr = ? AND begjaeringsdato = ? AND innsender_referanse = ?').pluck(),
      insertSak: db.prepare(`INSERT INTO sak (orgnr, ekstern_saksreferanse, begjaeringsdato, innsender_referanse, saksstatus,
        namsmann_referanse, opprettet, oppdatert) VALUES (?, ?, ?, ?, 'sakOpprettet', '', ?, ?)`),
      setNamsmannRef: db.prepare('UPDATE sak SET namsmann_referanse = ? WHERE id = ?'),
      insertVersjon: db.prepare('INSERT INTO begjaering_versjon (sak_id, versjon, mottatt, dokument) VALUES (?, ?, ?, ?)'),
      byRef: db.prepare(`SELECT ${SAK_COLUMNS} FROM sak WHERE orgnr = ? AND ekstern_saksreferanse = ?`),
      versjoner: db.prepare('SELECT versjon, mottatt, behandlet, dokument FROM begjaering_versjon WHERE sak_id = ? ORDER BY versjon'),
    };
  }

  /** Registers work that must commit together with every new case. */
  onOpprettet(listener: SakListener): void {
    this.listeners.push(listener);
  }

  finnesInnsending(orgnr: string, begjaeringsdato: string, innsenderReferanse: string): boolean {
    return this.stmt.exists.get(orgnr, begjaeringsdato, innsenderReferanse) !== undefined;
  }

  /** Stores a new case with version 1; undefined when the unique index says it is a duplicate. */
  opprett(orgnr: string, begjaering: Begjaering, now: Date): Sak | undefined {
    const tid = now.toISOString();
    try {
      return this.db.transaction(() => {
        const ref = randomUUID();
        const { lastInsertRowid } = this.stmt.insertSak.run(
          orgnr, ref, begjaering.begjaeringsdato ?? '', begjaering.innsenderReferanse ?? '', tid, tid);
        const id = Number(lastInsertRowid);
        // The namsmann's own reference (documented form UTLBGJ/<year>/<n>); n is the case's row number.
        this.stmt.setNamsmannRef.run(`UTLBGJ/${now.getUTCFullYear()}/${id}`, id);
        this.stmt.insertVersjon.run(id, 1, tid, JSON.stringify(begjaering));
        const sak = this.stmt.byRef.get(orgnr, ref) as Sak;
        for (const listener of this.listeners) listener(sak);
        return sak;
      })();
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') return undefined;
      throw err;
    }
  }

  hent(orgnr: string, eksternSaksreferanse: string): Sak | undefined {
    return this.stmt.byRef.get(orgnr, eksternSaksreferanse) as Sak | undefined;
  }

  versjoner(sak: Sak): Versjon[] {
    const rows = this.stmt.versjoner.all(sak.id) as { versjon: number; mottatt: string; behandlet: string; dokument: string }[];
    return rows.map(({ dokument, ...v }) => ({ ...v, begjaering: JSON.parse(dokument) as Begjaering }));
  }
}
