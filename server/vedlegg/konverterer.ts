/**
 * Virus check and conversion in a worker thread (konvertering-traad.ts), one file at a time, so that the event loop
 * answers requests whatever a file costs. Each file has a time limit and a memory limit; past either, the worker is
 * terminated, the file fails with the reason (Behandlingsfeil), and the next file gets a new worker. The content
 * limits travel with the worker and are checked inside it (grenser.ts).
 *
 * The memory limit is the worker's heap (resourceLimits) and, checked from here every MINNEVAKT_MS, the process's
 * resident memory above what it was when the file started: V8's own --max-old-space-size, which `npm start` and the
 * container set, overrides resourceLimits for every thread of the process, and a decoded image lives outside the
 * heap anyway.
 *
 * A file that takes longer than GI_VEI_MS makes the worker give way to the event loop: its thread gets nice 10 (on
 * Linux a thread's nice value is its own), so it has the CPU whenever the event loop does not need it. Not before: at
 * nice 10 from its start, on a machine busy with other work, the worker got so little CPU that the checks of ordinary
 * uploads fell ever further behind them. An unprivileged thread cannot get its priority back; the worker keeps nice
 * 10 until it is replaced (replacing it at once cost a new worker and pdf-lib's load, at normal priority, after every
 * large file).
 */
import { setPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Conversion } from './convert.js';
import type { Konverteringsgrenser } from './grenser.js';

export interface Resultater {
  virussjekk: boolean;
  konverter: Conversion;
}
type Oppgave = keyof Resultater;

/** A task on the file at `sti`; a conversion dates its PDF `naa` (the organisation's sandbox time). */
type Oppgavedata = { oppgave: 'virussjekk'; sti: string } | { oppgave: 'konverter'; sti: string; naa: Date };

/** A message to the worker. */
export type Oppdrag = Oppgavedata & { id: number };

/**
 * The worker's messages on a task: that it started (the time limit counts from there, not from the worker's own
 * start) on which OS thread (Linux), then the result or an unexpected error's stack, with the worker's heap after it.
 */
export type Svar =
  | { id: number; startet: true; traad: number | undefined }
  | ({ id: number; heap: number } & ({ resultat: Resultater[Oppgave] } | { feil: string }));

/** A task stopped at a limit: the file fails, and the message is the vendor's reason (feilaarsak). */
export class Behandlingsfeil extends Error {}

/** The clock stopped (shutdown) while a task ran: the file did not fail, and its step runs again at the next start. */
export class Stoppet extends Error {}

export interface KonvertererOptions {
  grenser: Konverteringsgrenser;
  tidsgrenseMs: number;
  minneMb: number;
  /** Aborted at shutdown: the running task ends at once instead of holding up the close. */
  signal: AbortSignal;
}

const NAVN: Record<Oppgave, string> = { virussjekk: 'virussjekken', konverter: 'konverteringen' };

/** How often the resident memory is checked while a file is processed. */
const MINNEVAKT_MS = 20;

/** How long a file is processed at normal priority (see above). */
const GI_VEI_MS = 50;

interface Venter {
  id: number;
  oppgave: Oppgave;
  /** Arms the limits. */
  startet(traad: number | undefined): void;
  resolve(resultat: Resultater[Oppgave]): void;
  reject(err: Error): void;
}

export class Konverterer {
  private worker: Worker | undefined;
  private venter: Venter | undefined;
  private koe: Promise<unknown> = Promise.resolve();
  private neste = 0;

  constructor(private readonly options: KonvertererOptions) {
    options.signal.addEventListener('abort', () => this.avslutt(() => new Stoppet('stopped')), { once: true });
  }

  /**
   * Starts the worker ahead of its first file (an upload's first step is VEDLEGG_STEG_MS away): on a busy machine a
   * worker takes up to a second to start.
   */
  forbered(): void {
    if (!this.options.signal.aborted) this.worker ??= this.start();
  }

  /** True when the file contains the EICAR test string. */
  virussjekk(sti: string): Promise<boolean> {
    return this.kjoer({ oppgave: 'virussjekk', sti });
  }

  konverter(sti: string, naa: Date): Promise<Conversion> {
    return this.kjoer({ oppgave: 'konverter', sti, naa });
  }

  /** One task after the other: a time limit is then one file's, and terminating the worker stops only that file. */
  private kjoer<O extends Oppgave>(oppdrag: Oppgavedata & { oppgave: O }): Promise<Resultater[O]> {
    const resultat = this.koe.then(() => this.utfoer<O>(oppdrag));
    this.koe = resultat.catch(() => undefined);
    return resultat;
  }

  private utfoer<O extends Oppgave>(oppdrag: Oppgavedata & { oppgave: O }): Promise<Resultater[O]> {
    if (this.options.signal.aborted) return Promise.reject(new Stoppet('stopped'));
    const worker = (this.worker ??= this.start());
    const id = this.neste++;
    const { oppgave } = oppdrag;
    return new Promise((resolve, reject) => {
      let avvaepne: () => void = () => {};
      this.venter = {
        id,
        oppgave,
        startet: (traad) => (avvaepne = this.vakt(traad)),
        resolve: (resultat) => {
          avvaepne();
          resolve(resultat as Resultater[O]);
        },
        reject: (err) => {
          avvaepne();
          reject(err);
        },
      };
      // A task in flight keeps the process alive; an idle worker does not.
      worker.ref();
      worker.postMessage({ ...oppdrag, id } satisfies Oppdrag);
    });
  }

  /** Arms the time and memory limits of the file the worker has started on, and its priority; returns the disarm. */
  private vakt(traad: number | undefined): () => void {
    const { tidsgrenseMs, minneMb } = this.options;
    const foer = process.memoryUsage.rss();
    const tidsur = setTimeout(
      () => this.avslutt((o) => new Behandlingsfeil(`${NAVN[o]} tok mer enn ${tidsgrenseMs} ms og ble stoppet (VEDLEGG_KONVERTERING_MS)`)),
      tidsgrenseMs,
    );
    const minnevakt = setInterval(() => {
      if (process.memoryUsage.rss() - foer > minneMb * 2 ** 20) this.avslutt((o) => this.forMyeMinne(o));
    }, MINNEVAKT_MS);
    const viker = traad === undefined ? undefined : setTimeout(() => this.giVei(traad), GI_VEI_MS);
    return () => {
      clearTimeout(tidsur);
      clearInterval(minnevakt);
      clearTimeout(viker);
    };
  }

  private giVei(traad: number): void {
    try {
      setPriority(traad, 10);
    } catch {
      // refused (a sandboxed container): the worker runs on as it is
    }
  }

  private start(): Worker {
    const worker = new Worker(new URL('./konvertering-traad.js', import.meta.url), {
      workerData: this.options.grenser,
      resourceLimits: { maxOldGenerationSizeMb: this.options.minneMb },
      // None of the parent's flags: the worker needs none, and a test runner's loaders cost seconds per start.
      execArgv: [],
    });
    worker.unref();
    worker.on('message', (svar: Svar) => this.besvart(worker, svar));
    worker.on('error', (err: Error & { code?: string }) => {
      this.doed(worker, (o) => (err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? this.forMyeMinne(o) : err));
    });
    worker.on('exit', (code) => this.doed(worker, () => new Error(`conversion worker exited (${code})`)));
    return worker;
  }

  private besvart(worker: Worker, svar: Svar): void {
    const venter = this.venter;
    if (worker !== this.worker || venter?.id !== svar.id) return; // the answer of a task that already failed
    if ('startet' in svar) return venter.startet(svar.traad);
    this.venter = undefined;
    worker.unref();
    if ('feil' in svar) venter.reject(new Error(`conversion worker: ${svar.feil}`));
    else venter.resolve(svar.resultat);
    // pdf-lib keeps every PDF name and reference it ever parsed in caches of its own: a worker that grew is replaced.
    if (svar.heap > (this.options.minneMb * 2 ** 20) / 2) this.avslutt(() => new Error('replaced'));
  }

  private forMyeMinne(oppgave: Oppgave): Behandlingsfeil {
    return new Behandlingsfeil(`${NAVN[oppgave]} brukte mer enn ${this.options.minneMb} MB minne og ble stoppet (VEDLEGG_KONVERTERING_MINNE_MB)`);
  }

  /** The worker died by itself (heap limit, crash): the running task fails with `grunn`. */
  private doed(worker: Worker, grunn: (oppgave: Oppgave) => Error): void {
    if (worker !== this.worker) return; // ended by us, or already reported
    this.worker = undefined;
    this.avvis(grunn);
  }

  /** Ends the worker (the next task starts a new one); the running task fails with `grunn`. */
  private avslutt(grunn: (oppgave: Oppgave) => Error): void {
    const worker = this.worker;
    if (!worker) return;
    this.worker = undefined;
    this.avvis(grunn);
    void worker.terminate();
  }

  private avvis(grunn: (oppgave: Oppgave) => Error): void {
    const venter = this.venter;
    this.venter = undefined;
    venter?.reject(grunn(venter.oppgave));
  }
}
