/**
 * Background processing on the sandbox clock (modelled): mottatt → virussjekket → validert → konvertert, one durable
 * job per step, `VEDLEGG_STEG_MS` apart. A job acts only when the attachment is still in the status its step starts
 * from, so a job that runs twice, or after a delete or a sandbox status change, does nothing.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../clock.js';
import type { VedleggStatus } from '../../rules/types.js';
import { containsEicar, convertToPdf } from './convert.js';
import type { VedleggFiles } from './files.js';
import type { Eier, VedleggRepository } from './repository.js';

/** Statuses that end processing; reaching one is an event (`vedleggStatusEndret`). */
export const UTFALL: ReadonlySet<VedleggStatus> = new Set<VedleggStatus>([
  'konvertert',
  'inneholderVirus',
  'kanIkkeKonverteres',
  'konverteringFeilet',
  'valideringFeilet',
  'kassert',
]);

/** Statuses whose files are gone. */
export const UTEN_FILER: ReadonlySet<VedleggStatus> = new Set<VedleggStatus>(['slettet', 'kassert']);

export type Varsle = (orgnr: string, uuid: string, status: VedleggStatus) => void;

interface Steg {
  job: string;
  fra: VedleggStatus;
  /** The outcome when the step itself fails unexpectedly. */
  vedFeil: VedleggStatus;
  run(uuid: string, vedlegg: Eier): Promise<VedleggStatus>;
}

export class VedleggProcessing {
  private readonly steps: Steg[];

  constructor(
    private readonly repo: VedleggRepository,
    private readonly files: VedleggFiles,
    private readonly clock: Clock,
    private readonly stegMs: number,
    private readonly varsle: Varsle,
    private readonly log: FastifyBaseLogger,
  ) {
    this.steps = [
      { job: 'vedlegg.virussjekk', fra: 'mottatt', vedFeil: 'valideringFeilet', run: (uuid) => this.virussjekk(uuid) },
      { job: 'vedlegg.valider', fra: 'virussjekket', vedFeil: 'valideringFeilet', run: (uuid, { filnavn }) => this.valider(uuid, filnavn) },
      { job: 'vedlegg.konverter', fra: 'validert', vedFeil: 'konverteringFeilet', run: (uuid, { orgnr }) => this.konverter(uuid, this.clock.now(orgnr)) },
    ];
    for (const steg of this.steps) this.clock.on(steg.job, (data) => this.perform(steg, String(data.uuid)));
  }

  /** Schedules the first step of a new upload, on its organisation's time. */
  start(orgnr: string, uuid: string): void {
    this.clock.schedule(orgnr, this.steps[0]!.job, this.stegMs, { uuid });
  }

  /**
   * After a restart: an upload acknowledged just before a crash may have missed its first job. Scheduling it again
   * is harmless (whichever job runs first acts; the other finds the status moved on).
   */
  resume(): void {
    for (const { orgnr, uuid } of this.repo.medStatus('mottatt')) this.start(orgnr, uuid);
  }

  /**
   * Runs every step now, in order, to an outcome (a provider state's attachment). The jobs each step still schedules
   * find the status moved on and do nothing.
   */
  async fullfoer(uuid: string): Promise<void> {
    for (const steg of this.steps) await this.perform(steg, uuid);
  }

  private async perform(steg: Steg, uuid: string): Promise<void> {
    const before = this.repo.eier(uuid);
    if (before?.status !== steg.fra) return;
    let til: VedleggStatus;
    try {
      til = await steg.run(uuid, before);
    } catch (err) {
      this.log.warn({ err, uuid, steg: steg.job }, 'attachment processing step failed');
      til = steg.vedFeil;
    }
    const next = this.steps.find((s) => s.fra === til);
    const moved = this.repo.db.transaction(() => {
      if (!this.repo.overgang(uuid, steg.fra, til, this.clock.now(before.orgnr))) return false;
      if (next) this.clock.schedule(before.orgnr, next.job, this.stegMs, { uuid });
      else this.varsle(before.orgnr, uuid, til);
      return true;
    })();
    // Deleted or kassert while converting: the PDF just written must not outlive the attachment.
    const now = this.repo.eier(uuid);
    if (!moved && (!now || UTEN_FILER.has(now.status))) this.files.remove(uuid);
  }

  private async virussjekk(uuid: string): Promise<VedleggStatus> {
    // A row without its file (a crash between commit and rename) is a technical failure the vendor can retry.
    if (!(await this.files.hasOriginal(uuid))) return 'valideringFeilet';
    return (await containsEicar(this.files.originalPath(uuid))) ? 'inneholderVirus' : 'virussjekket';
  }

  private async valider(uuid: string, filnavn: string): Promise<VedleggStatus> {
    if (!(await this.files.hasOriginal(uuid))) return 'valideringFeilet';
    return filnavn.includes('TEKNISK_FEIL') ? 'valideringFeilet' : 'validert';
  }

  private async konverter(uuid: string, naa: Date): Promise<VedleggStatus> {
    const result = await convertToPdf(await this.files.readOriginal(uuid), naa);
    if (result.status === 'konvertert') await this.files.writePdf(uuid, result.pdf);
    else this.log.info({ uuid, grunn: result.grunn }, 'attachment cannot be converted');
    return result.status;
  }
}
