/**
 * The sandbox clock: real time plus an offset that only moves forward, and durable jobs due on sandbox time.
 * Attachment processing and case progression schedule their next step here, so advancing the clock (time
 * travel) runs them, and a restart resumes whatever was pending.
 */
import type { Db } from './store/database.js';

export type JobHandler = (data: Record<string, unknown>) => void | Promise<void>;

interface JobRow {
  id: number;
  type: string;
  data: string;
}

export class Clock {
  private readonly handlers = new Map<string, JobHandler>();
  private offsetMs: number;
  private held = false;
  private running: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly stopping = new AbortController();
  private readonly stmt;

  constructor(
    db: Db,
    private readonly onError: (err: unknown, job: { type: string; data: string }) => void,
  ) {
    this.offsetMs = db.prepare('SELECT offset_ms FROM klokke WHERE id = 1').pluck().get() as number;
    // Prepared once: a case schedules a step per submission, and the drain runs after each.
    this.stmt = {
      setOffset: db.prepare('UPDATE klokke SET offset_ms = ? WHERE id = 1'),
      insert: db.prepare('INSERT INTO planlagt_jobb (type, forfall_ms, data) VALUES (?, ?, ?)'),
      next: db.prepare('SELECT id, type, data FROM planlagt_jobb WHERE forfall_ms <= ? ORDER BY forfall_ms, id LIMIT 1'),
      remove: db.prepare('DELETE FROM planlagt_jobb WHERE id = ?'),
    };
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves sandbox time forward and runs every job that became due. */
  async advance(ms: number): Promise<Date> {
    this.offsetMs += Math.max(0, ms);
    this.stmt.setOffset.run(this.offsetMs);
    await this.settle();
    return this.now();
  }

  on(type: string, handler: JobHandler): void {
    this.handlers.set(type, handler);
  }

  /** Schedules a job `afterMs` of sandbox time from now (0 = as soon as possible). */
  schedule(type: string, afterMs: number, data: Record<string, unknown>): void {
    this.stmt.insert.run(type, this.now().getTime() + afterMs, JSON.stringify(data));
    this.kick();
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

  /** Starts draining on a later tick: never inside the caller's (possibly transactional) stack. */
  private kick(): void {
    setImmediate(() => {
      if (!this.running && !this.held) void this.settle();
    });
  }

  private async drain(): Promise<void> {
    const { next, remove } = this.stmt;
    for (let job = next.get(this.now().getTime()) as JobRow | undefined; job && !this.held; job = next.get(this.now().getTime()) as JobRow | undefined) {
      const handler = this.handlers.get(job.type);
      try {
        // At least once: a job is removed only after its handler finished, so handlers must be idempotent.
        if (handler) await handler(JSON.parse(job.data) as Record<string, unknown>);
      } catch (err) {
        this.onError(err, job);
      }
      remove.run(job.id);
    }
  }
}
