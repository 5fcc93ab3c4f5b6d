/**
 * The organisation's event feed (modelled: Skatteetaten documents polling its API for new messages, or Dialogporten's
 * events; this feed and its webhooks are the sandbox's own). Each event about a case names it and carries its
 * Dialogporten form too (dialogporten.ts). Sequence numbers are per organisation and gap-free: the next one is
 * max + 1, computed in the transaction that writes the event, and the primary key (orgnr, sekvensnummer) refuses a
 * second writer of the same number. The feed keeps the newest `maks` events of each organisation (the numbering goes
 * on; a reader far behind resumes at the oldest kept).
 */
import { uuid7 } from '../store/uuid7.js';
import type { Ider } from '../store/ider.js';
import type { Db } from '../store/database.js';
import { somDialogporten, type DialogportenHendelse, type Kilde } from './dialogporten.js';

/** Event types of the feed. Attachment outcomes are published by the attachment service. */
export type Hendelsestype = 'saksstatusEndret' | 'rettingForespurt' | 'vedleggStatusEndret';

export interface Tilknytning {
  eksternSaksreferanse?: string;
  vedleggUuid?: string;
}

export interface PubliserValg extends Tilknytning {
  /** When it happened on the sandbox clock (a step that fell due during a clock jump); default now. */
  tidspunkt?: Date;
}

export interface Hendelse extends Tilknytning {
  sekvensnummer: number;
  hendelseId: string;
  type: Hendelsestype;
  tidspunkt: string;
  data: Record<string, unknown>;
  /** Present when the event concerns a case. */
  dialogporten?: DialogportenHendelse;
}

/** Runs inside the publishing transaction (the webhook outbox writes its rows here). */
export type PublisertListener = (orgnr: string, hendelse: Hendelse) => void;

interface HendelseRow {
  sekvensnummer: number;
  hendelseId: string;
  type: Hendelsestype;
  tidspunkt: string;
  eksternSaksreferanse: string | null;
  vedleggUuid: string | null;
  data: string;
}

const COLUMNS = `sekvensnummer, hendelse_id AS hendelseId, type, tidspunkt, ekstern_saksreferanse AS eksternSaksreferanse,
  vedlegg_uuid AS vedleggUuid, data`;

/** The event with its Dialogporten form, the same whether just published or read back. */
function medDialogporten(orgnr: string, hendelse: Omit<Hendelse, 'dialogporten'> & Kilde): Hendelse {
  const dialogporten = somDialogporten(orgnr, hendelse);
  return dialogporten ? { ...hendelse, dialogporten } : hendelse;
}

function toHendelse(orgnr: string, row: HendelseRow): Hendelse {
  const { eksternSaksreferanse, vedleggUuid, data, ...rest } = row;
  return medDialogporten(orgnr, {
    ...rest,
    ...(eksternSaksreferanse !== null && { eksternSaksreferanse }),
    ...(vedleggUuid !== null && { vedleggUuid }),
    data: JSON.parse(data) as Record<string, unknown>,
  });
}

export class Hendelseslogg {
  private readonly listeners: PublisertListener[] = [];
  private readonly stmt;
  private readonly publiserTx: (orgnr: string, type: Hendelsestype, data: Record<string, unknown>, tidspunkt: Date, t: Tilknytning) => Hendelse;

  constructor(
    db: Db,
    private readonly now: (orgnr: string) => Date,
    private readonly ider: Ider,
    maks: number,
    /** A page of the feed stops once its events' data pass this many bytes (at least one event per page). */
    private readonly sideMaksBytes: number,
  ) {
    // Pruned every tenth of `maks` events, by primary-key range: the feed holds at most 1.1 × maks per organisation.
    const slack = Math.max(1, Math.floor(maks / 10));
    this.stmt = {
      next: db.prepare('SELECT coalesce(max(sekvensnummer), 0) + 1 FROM hendelse WHERE orgnr = ?').pluck(),
      insert: db.prepare(`INSERT INTO hendelse (orgnr, sekvensnummer, hendelse_id, type, tidspunkt, ekstern_saksreferanse,
        vedlegg_uuid, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      fra: db.prepare(`SELECT ${COLUMNS} FROM hendelse WHERE orgnr = ? AND sekvensnummer >= ? ORDER BY sekvensnummer LIMIT ?`),
      en: db.prepare(`SELECT ${COLUMNS} FROM hendelse WHERE orgnr = ? AND sekvensnummer = ?`),
      prune: db.prepare('DELETE FROM hendelse WHERE orgnr = ? AND sekvensnummer <= ?'),
    };
    const publiser = (orgnr: string, type: Hendelsestype, data: Record<string, unknown>, tidspunkt: Date, tilknytning: Tilknytning) => {
      const hendelse = medDialogporten(orgnr, {
        sekvensnummer: this.stmt.next.get(orgnr) as number,
        hendelseId: uuid7(tidspunkt.getTime(), this.ider.uuid('hendelse')),
        type,
        tidspunkt: tidspunkt.toISOString(),
        ...tilknytning,
        data,
      });
      this.stmt.insert.run(orgnr, hendelse.sekvensnummer, hendelse.hendelseId, type, hendelse.tidspunkt,
        tilknytning.eksternSaksreferanse ?? null, tilknytning.vedleggUuid ?? null, JSON.stringify(data));
      for (const listener of this.listeners) listener(orgnr, hendelse);
      if (hendelse.sekvensnummer % slack === 0) this.stmt.prune.run(orgnr, hendelse.sekvensnummer - maks);
      return hendelse;
    };
    // Built once: db.transaction() wraps its function anew on every call (~20 µs per event). Inside the caller's
    // transaction no savepoint of its own (it copied every page the event touched to the statement journal): every
    // caller lets an error end its transaction.
    const iEgen = db.transaction(publiser);
    this.publiserTx = (...args) => (db.inTransaction ? publiser(...args) : iEgen(...args));
  }

  onPublisert(listener: PublisertListener): void {
    this.listeners.push(listener);
  }

  /**
   * Appends an event to `orgnr`'s feed. Synchronous and safe inside a caller's better-sqlite3 transaction (it then
   * commits or rolls back with the caller's state change).
   */
  publiser(orgnr: string, type: Hendelsestype, data: Record<string, unknown>, valg: PubliserValg = {}): Hendelse {
    const { tidspunkt = this.now(orgnr), ...tilknytning } = valg;
    return this.publiserTx(orgnr, type, data, tidspunkt, tilknytning);
  }

  /**
   * Up to `maksAntall` events from `fraSekvensnummer` (inclusive), fewer when their data pass the page's byte bound,
   * and the number to poll from next.
   */
  hent(orgnr: string, fraSekvensnummer: number, maksAntall: number): { hendelser: Hendelse[]; nesteSekvensnummer: number } {
    const hendelser: Hendelse[] = [];
    let bytes = 0;
    for (const row of this.stmt.fra.iterate(orgnr, fraSekvensnummer, maksAntall) as IterableIterator<HendelseRow>) {
      bytes += Buffer.byteLength(row.data);
      if (hendelser.length > 0 && bytes > this.sideMaksBytes) break;
      hendelser.push(toHendelse(orgnr, row));
    }
    const siste = hendelser.at(-1);
    return { hendelser, nesteSekvensnummer: siste ? siste.sekvensnummer + 1 : fraSekvensnummer };
  }

  hentEn(orgnr: string, sekvensnummer: number): Hendelse | undefined {
    const row = this.stmt.en.get(orgnr, sekvensnummer) as HendelseRow | undefined;
    return row && toHendelse(orgnr, row);
  }
}
