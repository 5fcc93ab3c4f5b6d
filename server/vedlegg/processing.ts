/**
 * Background processing on the sandbox clock (modelled): mottatt → virussjekket → validert → konvertert, one durable
 * job per step, `VEDLEGG_STEG_MS` apart. A job acts only when the attachment is still in the status its step starts
 * from, so a job that runs twice, or after a delete or a sandbox status change, does nothing. The virus check and
 * the conversion run in the conversion worker (konverterer.ts). A failed outcome carries its reason (feilaarsak).
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../clock.js';
import type { VedleggStatus } from '../../rules/types.js';
import type { VedleggFiles } from './files.js';
import { Behandlingsfeil, Stoppet, type Konverterer } from './konverterer.js';
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

/** A step's result: the next status, and for a failure its reason. */
interface Utfall {
  status: VedleggStatus;
  feilaarsak?: string;
}

interface Steg {
  job: string;
  fra: VedleggStatus;
  /** The outcome when the step itself fails (unexpectedly, at a limit, or too often interrupted). */
  vedFeil: VedleggStatus;
  run(uuid: string, vedlegg: Eier): Promise<Utfall>;
}

const MANGLER_FIL: Utfall = { status: 'valideringFeilet', feilaarsak: 'filen mangler etter en teknisk feil; last opp vedlegget på nytt' };
const VIRUS: Utfall = { status: 'inneholderVirus', feilaarsak: 'filen inneholder EICAR-testsignaturen' };
const TEKNISK_FEIL: Utfall = { status: 'valideringFeilet', feilaarsak: 'filnavnet inneholder TEKNISK_FEIL (sandkassens utløser for en teknisk feil)' };

export class VedleggProcessing {
  private readonly steps: Steg[];

  constructor(
    private readonly repo: VedleggRepository,
    private readonly files: VedleggFiles,
    private readonly clock: Clock,
    private readonly stegMs: number,
    private readonly konverterer: Konverterer,
    private readonly maksForsoek: number,
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

  /** Schedules the first step of a new upload, on its organisation's time; the worker gets ready meanwhile. */
  start(orgnr: string, uuid: string): void {
    this.clock.schedule(orgnr, this.steps[0]!.job, this.stegMs, { uuid });
    this.konverterer.forbered();
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
    const utfall = await this.utfall(steg, uuid, before);
    if (!utfall) return;
    if (utfall.feilaarsak) this.log.info({ uuid, steg: steg.job, ...utfall }, 'attachment processing failed');
    const next = this.steps.find((s) => s.fra === utfall.status);
    const moved = this.repo.db.transaction(() => {
      if (!this.repo.overgang(uuid, steg.fra, utfall.status, utfall.feilaarsak, this.clock.now(before.orgnr))) return false;
      if (next) this.clock.schedule(before.orgnr, next.job, this.stegMs, { uuid });
      else this.varsle(before.orgnr, uuid, utfall.status);
      return true;
    })();
    // Deleted or kassert while converting: the PDF just written must not outlive the attachment.
    const now = this.repo.eier(uuid);
    if (!moved && (!now || UTEN_FILER.has(now.status))) this.files.remove(uuid);
  }

  /** The step's outcome; undefined when the clock stopped it (its job is then scheduled again, for the next start). */
  private async utfall(steg: Steg, uuid: string, vedlegg: Eier): Promise<Utfall | undefined> {
    // Counted before the step runs: a file that takes the process down with it is counted too (crash loop).
    const forsoek = this.repo.nyttForsoek(uuid);
    if (forsoek > this.maksForsoek) {
      const feilaarsak = `behandlingen ble avbrutt ${forsoek - 1} ganger uten å bli ferdig og prøves ikke igjen (VEDLEGG_MAKS_FORSOEK)`;
      return { status: steg.vedFeil, feilaarsak };
    }
    try {
      return await steg.run(uuid, vedlegg);
    } catch (err) {
      if (err instanceof Stoppet) {
        this.clock.schedule(vedlegg.orgnr, steg.job, 0, { uuid });
        return undefined;
      }
      if (err instanceof Behandlingsfeil) return { status: steg.vedFeil, feilaarsak: err.message };
      this.log.warn({ err, uuid, steg: steg.job }, 'attachment processing step failed');
      return { status: steg.vedFeil, feilaarsak: 'teknisk feil under behandlingen' };
    }
  }

  private async virussjekk(uuid: string): Promise<Utfall> {
    // A row without its file (a crash between commit and rename) is a technical failure the vendor can retry.
    if (!(await this.files.hasOriginal(uuid))) return MANGLER_FIL;
    return (await this.konverterer.virussjekk(this.files.originalPath(uuid))) ? VIRUS : { status: 'virussjekket' };
  }

  private async valider(uuid: string, filnavn: string): Promise<Utfall> {
    if (!(await this.files.hasOriginal(uuid))) return MANGLER_FIL;
    return filnavn.includes('TEKNISK_FEIL') ? TEKNISK_FEIL : { status: 'validert' };
  }

  private async konverter(uuid: string, naa: Date): Promise<Utfall> {
    const result = await this.konverterer.konverter(this.files.originalPath(uuid), naa);
    if (result.status !== 'konvertert') return result;
    await this.files.writePdf(uuid, result.pdf);
    return { status: 'konvertert' };
  }
}
