/**
 * The attachment store (SPEC §5): upload, read, delete, sandbox status changes, and the lookup the VEDLEGG_* and
 * UGYLDIG_VEDLEGG_* rules read. Every operation is scoped to the calling organisation.
 */
import type { FastifyBaseLogger } from 'fastify';
import { Readable } from 'node:stream';
import type { Clock } from '../clock.js';
import { ApiError } from '../errors.js';
import type { Db } from '../store/database.js';
import type { Ider } from '../store/ider.js';
import type { VedleggInfo, VedleggStatus } from '../../rules/types.js';
import { VedleggFiles } from './files.js';
import { UTEN_FILER, UTFALL, VedleggProcessing, type Varsle } from './processing.js';
import type { Vedleggendringer } from './endringer.js';
import { VedleggRepository, type Vedlegg } from './repository.js';
import type { Opplasting } from './upload.js';

export interface VedleggServiceOptions {
  db: Db;
  dbPath: string;
  clock: Clock;
  ider: Ider;
  stegMs: number;
  varsle: Varsle;
  log: FastifyBaseLogger;
}

/** 404 for an unknown uuid and for another organisation's alike. */
export const ingenTreff = (uuid: string) => new ApiError(404, 'KB-009', `Ingen treff på vedlegg med uuid ${uuid}`);

export type Innhold = { vedlegg: Vedlegg; pdf: string | undefined };

export class VedleggService {
  readonly files: VedleggFiles;
  private readonly repo: VedleggRepository;
  private readonly processing: VedleggProcessing;
  private readonly clock: Clock;
  private readonly ider: Ider;
  private readonly varsle: Varsle;

  constructor(options: VedleggServiceOptions) {
    this.clock = options.clock;
    this.ider = options.ider;
    this.varsle = options.varsle;
    this.repo = new VedleggRepository(options.db);
    this.files = new VedleggFiles(options.dbPath);
    this.processing = new VedleggProcessing(this.repo, this.files, options.clock, options.stegMs, options.varsle, options.log);
  }

  /** The count of attachment writes the validation thread's copies go by. */
  get endringer(): Vedleggendringer {
    return this.repo.endringer;
  }

  /** What the rules see: the caller's attachment, or undefined (another organisation's is undefined too). */
  info(orgnr: string, uuid: string): VedleggInfo | undefined {
    return this.repo.info(orgnr, uuid);
  }

  hent(orgnr: string, uuid: string): Vedlegg | undefined {
    return this.repo.hent(orgnr, uuid);
  }

  /**
   * Stores an upload: the file moves into place first, then the row commits, then processing is scheduled. A kill in
   * between leaves at most a file without a row, which the start-up sweep removes; never a row without its file.
   */
  lastOpp(orgnr: string, opplasting: Opplasting): Vedlegg {
    const uuid = this.ider.uuid('vedlegg');
    const { fil, type, filnavn, innsenderReferanse } = opplasting;
    this.files.commit(fil, uuid);
    try {
      this.repo.opprett({ uuid, orgnr, type, filnavn, innsenderReferanse, storrelse: fil.storrelse, sha256: fil.sha256 }, this.clock.now(orgnr));
    } catch (err) {
      this.files.remove(uuid);
      throw err;
    }
    const vedlegg = this.repo.hent(orgnr, uuid)!;
    this.processing.start(orgnr, uuid);
    return vedlegg;
  }

  /** Sandbox action (a provider state): stores `innhold` as an upload would and processes it at once, to its outcome. */
  async lastOppBehandlet(orgnr: string, innhold: Buffer, felt: Omit<Opplasting, 'fil'>): Promise<Vedlegg> {
    const { uuid } = this.lastOpp(orgnr, { ...felt, fil: await this.files.receive(Readable.from([innhold])) });
    await this.processing.fullfoer(uuid);
    return this.repo.hent(orgnr, uuid)!;
  }

  /** The attachment and the path of its converted PDF (undefined unless konvertert and present). */
  innhold(orgnr: string, uuid: string): Innhold | undefined {
    const vedlegg = this.repo.hent(orgnr, uuid);
    if (!vedlegg) return undefined;
    return { vedlegg, pdf: vedlegg.status === 'konvertert' ? this.files.pdfPath(uuid) : undefined };
  }

  /** DELETE: status slettet (the row stays so the rules can say so), files removed. False when unknown. */
  slett(orgnr: string, uuid: string): boolean {
    if (!this.repo.settStatus(orgnr, uuid, 'slettet', this.clock.now(orgnr))) return false;
    this.files.remove(uuid);
    return true;
  }

  /**
   * Sandbox action: any status, for rehearsing. Processing does not continue from a status set this way (except
   * that a restart resumes attachments in mottatt, see VedleggProcessing.resume).
   */
  settStatus(orgnr: string, uuid: string, status: VedleggStatus): Vedlegg | undefined {
    const changed = this.repo.db.transaction(() => {
      if (!this.repo.settStatus(orgnr, uuid, status, this.clock.now(orgnr))) return false;
      if (UTFALL.has(status)) this.varsle(orgnr, uuid, status);
      return true;
    })();
    if (!changed) return undefined;
    if (UTEN_FILER.has(status)) this.files.remove(uuid);
    return this.repo.hent(orgnr, uuid);
  }

  /** Sandbox reset: the organisation's attachments and their files are gone. */
  reset(orgnr: string): void {
    for (const uuid of this.repo.slettOrganisasjon(orgnr)) this.files.remove(uuid);
  }

  /** At start: drop files nothing refers to, and resume uploads a crash may have left unscheduled. */
  recover(): void {
    this.files.sweep((uuid) => {
      const row = this.repo.eier(uuid);
      return row !== undefined && !UTEN_FILER.has(row.status);
    });
    this.processing.resume();
  }

  close(): void {
    this.files.close();
  }
}
