/**
 * The sandbox clock, one per organisation (issue 21): a base clock — real time, or in deterministic mode a fixed
 * start that moves only by advancing — plus the organisation's own offset, which only moves forward. Durable jobs
 * carry their organisation and fall due on its time, so one organisation's time travel runs its own pending work and
 * nobody else's. Attachment processing and case progression schedule their next step here; a restart resumes what
 * was pending. Due jobs run in bounded batches, the organisations in turn, and the event loop serves requests between
 * batches: a jump that makes thousands of steps due stalls neither /health nor another organisation.
 */
import type { Db } from './store/database.js';

export type JobHandler = (data: Record<string, unknown>) => void | Promise<void>;

/** Jobs of one organisation run back to back (one batch) before the runner yields to the event loop. */
export const JOBS_PER_BATCH = 32;

interface JobRow {
  id: number;
  type: string;
  forfall: number;
  data: string;
}

export interface ClockOptions {
  /** Deterministic mode: the base clock stands at this instant (ms) and moves only by advancing. */
  startMs?: number;
  onError: (err: unknown, job: { type: string; data: string }) => void;
}

/** Lets I/O (requests) run: setImmediate comes after the poll phase. */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export class Clock {
  /** The base clock in ms: every organisation's time is this plus its offset. */
  private readonly base: () => number;
  private readonly onError: ClockOptions['onError'];
  private readonly handlers = new Map<string, JobHandler>();
  /** Each organisation's offset (absent: 0). `now` runs several times per submission: one Map lookup. */
  private readonly offsets: Map<string, number>;
  /** The organisations that may have pending jobs: the runner visits them in turn. */
  private readonly withJobs: Set<string>;
  /**
   * The due time of each organisation's next job as last read, lowered by every job scheduled since (never later than
   * the truth): a round passes over an organisation whose next job is not yet due without asking the database, so the
   * 100 ms poll costs a query only for organisations with something due.
   */
  private readonly nesteForfall = new Map<string, number>();
  /** Advances waiting until their organisation has no due job left. */
  private readonly waiting = new Map<string, Array<() => void>>();
  /** Set by whatever may have made work due while the runner was on a round: it takes one more. */
  private again = false;
  private held = false;
  private running: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly stopping = new AbortController();
  private readonly stmt;

  constructor(db: Db, { startMs, onError }: ClockOptions) {
    this.base = startMs === undefined ? () => Date.now() : () => startMs;
    this.onError = onError;
    this.offsets = new Map(db.prepare('SELECT orgnr, offset_ms FROM klokke_org').raw().all() as [string, number][]);
    this.withJobs = new Set(db.prepare('SELECT DISTINCT orgnr FROM planlagt_jobb').pluck().all() as string[]);
    // Prepared once: a case schedules a step per submission.
    this.stmt = {
      setOffset: db.prepare('INSERT INTO klokke_org (orgnr, offset_ms) VALUES (?, ?) ON CONFLICT (orgnr) DO UPDATE SET offset_ms = excluded.offset_ms'),
      insert: db.prepare('INSERT INTO planlagt_jobb (orgnr, type, forfall_ms, data) VALUES (?, ?, ?, ?)'),
      first: db.prepare('SELECT id, type, forfall_ms AS forfall, data FROM planlagt_jobb WHERE orgnr = ? ORDER BY forfall_ms, id LIMIT 1'),
      remove: db.prepare('DELETE FROM planlagt_jobb WHERE id = ?'),
      forgetJobs: db.prepare('DELETE FROM planlagt_jobb WHERE orgnr = ?'),
      forgetOffset: db.prepare('DELETE FROM klokke_org WHERE orgnr = ?'),
    };
  }

  /** The organisation's sandbox time (null: no organisation, the base clock's). */
  now(orgnr: string | null): Date {
    return this.at(orgnr, this.base());
  }

  /** The organisation's time (null: the base clock's) when the base clock showed `baseMs`. */
  at(orgnr: string | null, baseMs: number): Date {
    return new Date(baseMs + (orgnr === null ? 0 : (this.offsets.get(orgnr) ?? 0)));
  }

  /** Moves the organisation's time forward and runs its jobs that became due; other organisations' time stays. */
  async advance(orgnr: string, ms: number): Promise<Date> {
    const offset = (this.offsets.get(orgnr) ?? 0) + Math.max(0, ms);
    this.stmt.setOffset.run(orgnr, offset);
    this.offsets.set(orgnr, offset);
    await this.done(orgnr);
    return this.now(orgnr);
  }

  on(type: string, handler: JobHandler): void {
    this.handlers.set(type, handler);
  }

  /** Schedules a job `afterMs` of the organisation's time from now (0 = as soon as possible). */
  schedule(orgnr: string, type: string, afterMs: number, data: Record<string, unknown>): void {
    const forfall = this.now(orgnr).getTime() + afterMs;
    this.stmt.insert.run(orgnr, type, forfall, JSON.stringify(data));
    if (forfall < (this.nesteForfall.get(orgnr) ?? -Infinity)) this.nesteForfall.set(orgnr, forfall);
    this.withJobs.add(orgnr);
    this.kick();
  }

  /** Sandbox reset: the organisation's pending jobs and its offset go. Runs inside the reset's transaction. */
  forget(orgnr: string): void {
    this.stmt.forgetJobs.run(orgnr);
    this.stmt.forgetOffset.run(orgnr);
    this.offsets.delete(orgnr);
    this.nesteForfall.delete(orgnr);
  }

  /** Holds processing (tests use it to observe intermediate states); `release` resumes. */
  hold(): void {
    this.held = true;
  }

  release(): void {
    this.held = false;
    this.kick();
  }

  /** Runs due jobs until none is left (jobs may schedule further due jobs). */
  async settle(): Promise<void> {
    while (this.running) await this.running;
    if (this.held) return;
    this.running = this.drain().finally(() => {
      this.running = undefined;
      // Held or stopped mid-way: an advance answers with what ran, as before the clock was per organisation.
      for (const orgnr of [...this.waiting.keys()]) this.wake(orgnr);
    });
    await this.running;
  }

  start(pollMs = 100): void {
    this.timer = setInterval(() => this.kick(), pollMs);
    this.timer.unref();
  }

  /** Aborted when the clock stops: a job's long work (an attachment conversion) ends instead of holding up the stop. */
  get signal(): AbortSignal {
    return this.stopping.signal;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.held = true;
    this.stopping.abort();
    while (this.running) await this.running;
  }

  /** Resolves once the organisation has no due job left (at once when held or when it has no job at all). */
  private done(orgnr: string): Promise<void> {
    if (this.held || !this.withJobs.has(orgnr)) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiting.set(orgnr, [...(this.waiting.get(orgnr) ?? []), resolve]);
      this.kick();
    });
  }

  private wake(orgnr: string): void {
    const waiting = this.waiting.get(orgnr);
    this.waiting.delete(orgnr);
    for (const resolve of waiting ?? []) resolve();
  }

  /** Starts draining on a later tick: never inside the caller's (possibly transactional) stack. */
  private kick(): void {
    this.again = true;
    setImmediate(() => {
      if (!this.running && !this.held) void this.settle();
    });
  }

  /** Rounds over the organisations, one batch each, until a round finds nothing due and nothing new came. */
  private async drain(): Promise<void> {
    do {
      this.again = false;
      for (const orgnr of [...this.withJobs]) {
        if (this.held) return;
        if (await this.batch(orgnr)) {
          this.again = true;
          await pause();
        }
      }
    } while (this.again && !this.held);
  }

  /** Runs up to JOBS_PER_BATCH of the organisation's due jobs, oldest first; true when it ran any. */
  private async batch(orgnr: string): Promise<boolean> {
    if ((this.nesteForfall.get(orgnr) ?? -Infinity) > this.now(orgnr).getTime()) {
      this.wake(orgnr);
      return false;
    }
    let n = 0;
    for (; n < JOBS_PER_BATCH && !this.held; n++) {
      const job = this.stmt.first.get(orgnr) as JobRow | undefined;
      if (!job) this.withJobs.delete(orgnr);
      if (!job || job.forfall > this.now(orgnr).getTime()) {
        if (job) this.nesteForfall.set(orgnr, job.forfall);
        else this.nesteForfall.delete(orgnr);
        this.wake(orgnr);
        break;
      }
      this.nesteForfall.delete(orgnr);
      await this.run(job);
    }
    return n > 0;
  }

  private async run(job: JobRow): Promise<void> {
    const handler = this.handlers.get(job.type);
    try {
      // At least once: a job is removed only after its handler finished, so handlers must be idempotent.
      if (handler) await handler(JSON.parse(job.data) as Record<string, unknown>);
    } catch (err) {
      this.onError(err, job);
    }
    this.stmt.remove.run(job.id);
  }
}
