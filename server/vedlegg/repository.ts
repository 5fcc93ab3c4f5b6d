/** The vedlegg table: rows in the API's shape, every read scoped to the organisation. */
import type { Db } from '../store/database.js';
import { Vedleggendringer } from './endringer.js';
import type { VedleggInfo, VedleggStatus } from '../../rules/types.js';

export const VEDLEGG_TYPER = ['betalingsoppfordring', 'fullmakt', 'transporterklæring', 'tvangsgrunnlag', 'tvangskraftgrunnlag', 'annet'] as const;

export const VEDLEGG_STATUSER: readonly VedleggStatus[] = [
  'mottatt',
  'virussjekket',
  'validert',
  'konvertert',
  'inneholderVirus',
  'kanIkkeKonverteres',
  'konverteringFeilet',
  'valideringFeilet',
  'slettet',
  'kassert',
];

/** The attachment as the API answers it (OpenAPI `Vedlegg`). */
export interface Vedlegg extends VedleggInfo {
  storrelse: number;
  sha256: string;
  opprettet: string;
  oppdatert: string;
}

export interface NyttVedlegg {
  uuid: string;
  orgnr: string;
  type: string;
  filnavn: string;
  innsenderReferanse: string;
  storrelse: number;
  sha256: string;
}

export interface Eier {
  orgnr: string;
  status: VedleggStatus;
  filnavn: string;
}

/** Attachments the info cache holds at most (it is emptied when full; every entry is one stored row). */
const INFO_CACHE_SIZE = 10_000;

/** What the rules know of an attachment (VedleggInfo), by orgnr and uuid; the validation thread reads it too. */
export const VEDLEGG_INFO_SQL =
  'SELECT uuid, type, filnavn, status, innsender_referanse AS innsenderReferanse FROM vedlegg WHERE orgnr = ? AND uuid = ?';

const COLUMNS = `uuid, type, filnavn, status, storrelse, sha256, innsender_referanse AS innsenderReferanse, opprettet, oppdatert`;

export class VedleggRepository {
  private readonly byUuid;
  private readonly infoByUuid;
  private readonly ownerOf;
  private readonly insertRow;
  private readonly updateStatus;
  private readonly updateStatusIf;
  private readonly inStatus;
  /**
   * `info` by uuid (with its owner): every validation reads each referenced attachment, usually the same few again
   * and again. Only stored rows are cached; every write through this repository drops the uuid's entry.
   */
  private readonly infoCache = new Map<string, { orgnr: string; info: VedleggInfo }>();
  /** Every write, counted for the validation thread's copies (shared with it: its buffer). */
  readonly endringer = new Vedleggendringer();

  constructor(readonly db: Db) {
    this.byUuid = db.prepare(`SELECT ${COLUMNS} FROM vedlegg WHERE orgnr = ? AND uuid = ?`);
    this.infoByUuid = db.prepare(VEDLEGG_INFO_SQL);
    this.ownerOf = db.prepare('SELECT orgnr, status, filnavn FROM vedlegg WHERE uuid = ?');
    this.insertRow = db.prepare(
      `INSERT INTO vedlegg (uuid, orgnr, type, filnavn, innsender_referanse, status, storrelse, sha256, opprettet, oppdatert)
       VALUES (@uuid, @orgnr, @type, @filnavn, @innsenderReferanse, 'mottatt', @storrelse, @sha256, @naa, @naa)`,
    );
    this.updateStatus = db.prepare('UPDATE vedlegg SET status = ?, oppdatert = ? WHERE orgnr = ? AND uuid = ?');
    this.updateStatusIf = db.prepare('UPDATE vedlegg SET status = ?, oppdatert = ? WHERE uuid = ? AND status = ?');
    this.inStatus = db.prepare('SELECT orgnr, uuid FROM vedlegg WHERE status = ?');
  }

  hent(orgnr: string, uuid: string): Vedlegg | undefined {
    return this.byUuid.get(orgnr, uuid) as Vedlegg | undefined;
  }

  info(orgnr: string, uuid: string): VedleggInfo | undefined {
    const hit = this.infoCache.get(uuid);
    if (hit?.orgnr === orgnr) return hit.info;
    const info = this.infoByUuid.get(orgnr, uuid) as VedleggInfo | undefined;
    if (info) {
      if (this.infoCache.size >= INFO_CACHE_SIZE) this.infoCache.clear();
      this.infoCache.set(uuid, { orgnr, info });
    }
    return info;
  }

  /** Owner and status by uuid alone: for background jobs, which act for no caller. */
  eier(uuid: string): Eier | undefined {
    return this.ownerOf.get(uuid) as Eier | undefined;
  }

  opprett(nytt: NyttVedlegg, naa: Date): void {
    this.endret(nytt.uuid);
    this.insertRow.run({ ...nytt, naa: naa.toISOString() });
  }

  settStatus(orgnr: string, uuid: string, status: VedleggStatus, naa: Date): boolean {
    this.endret(uuid);
    return this.updateStatus.run(status, naa.toISOString(), orgnr, uuid).changes === 1;
  }

  /** Moves `uuid` from `fra` to `til`; false when its status was no longer `fra` (a job ran twice, or it was deleted). */
  overgang(uuid: string, fra: VedleggStatus, til: VedleggStatus, naa: Date): boolean {
    this.endret(uuid);
    return this.updateStatusIf.run(til, naa.toISOString(), uuid, fra).changes === 1;
  }

  medStatus(status: VedleggStatus): { orgnr: string; uuid: string }[] {
    return this.inStatus.all(status) as { orgnr: string; uuid: string }[];
  }

  slett(uuid: string): void {
    this.endret(uuid);
    this.db.prepare('DELETE FROM vedlegg WHERE uuid = ?').run(uuid);
  }

  /** Removes every row of an organisation (sandbox reset); returns their uuids. */
  slettOrganisasjon(orgnr: string): string[] {
    const uuids = this.db.prepare('DELETE FROM vedlegg WHERE orgnr = ? RETURNING uuid').pluck().all(orgnr) as string[];
    for (const uuid of uuids) this.endret(uuid);
    return uuids;
  }

  private endret(uuid: string): void {
    this.infoCache.delete(uuid);
    this.endringer.skrevet();
  }
}
