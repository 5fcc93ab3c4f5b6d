/** Opens the SQLite file (SPEC §7): WAL, foreign keys, versioned migrations from server/store/migrations. */
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ROOT } from '../paths.js';

export type Db = Database.Database;

/** What the checkpointer thread (server/store/checkpointer.ts) is started with. */
export interface CheckpointerOptions {
  path: string;
  intervalMs: number;
  /** WAL frames (pages) past which the event loop is asked to finish a checkpoint. */
  restartFrames: number;
}

/** The thread's message asking the event loop for the last part of a checkpoint. */
export const CATCH_UP = 'catch-up';

const MIGRATIONS = join(ROOT, 'server/store/migrations');

export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // NORMAL under WAL survives a process kill (kill -9) with every committed transaction; only power loss can drop the tail.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Statement and savepoint journals in memory: when each submission had a savepoint inside its group commit, they
  // wrote ~15 pages per case to temporary files (one syscall each), more than the WAL commit itself.
  db.pragma('temp_store = MEMORY');
  // Checkpoints (and their fsyncs) belong to the checkpointer thread; this connection checkpoints itself only when the
  // thread asks for the last part of one (startCheckpointer) or if the WAL passes ~400 MB, a safety net for a stalled
  // thread.
  if (path !== ':memory:') {
    db.pragma('wal_autocheckpoint = 100000');
    // Larger than the WAL grows under load (~180 MB), so a restart reuses the file's pages instead of cutting them off
    // and growing it again; the checkpointer truncates the file once writes stop.
    db.pragma(`journal_size_limit = ${256 * 1024 * 1024}`);
  }
  migrate(db);
  return db;
}

/**
 * Starts the WAL checkpointer thread for a database file (server/store/checkpointer.ts); the returned function stops
 * it after a last checkpoint. Measured: a submission's commit took ~300 µs of wall time for ~140 µs of CPU, the rest
 * waiting for the fsyncs of the checkpoint SQLite ran every ~100 commits on the event loop. `db` is the event loop's
 * connection: when the thread asks, it copies the last WAL frames itself so that its next commit restarts the WAL.
 */
export function startCheckpointer(db: Db, onError: (err: Error) => void, options: Partial<Omit<CheckpointerOptions, 'path'>> = {}): () => Promise<void> {
  if (db.memory) return async () => {};
  const workerData: CheckpointerOptions = { path: db.name, intervalMs: 1000, restartFrames: 16_384, ...options };
  const worker = new Worker(new URL('./checkpointer.js', import.meta.url), { workerData });
  worker.unref();
  worker.on('error', onError); // the thread is gone; the connection's own autocheckpoint takes over
  worker.on('message', (message) => {
    if (message === CATCH_UP && db.open) catchUp(db, onError);
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return async () => {
    worker.ref(); // keep the process alive until the last checkpoint is done
    worker.postMessage('stop');
    await exited;
  };
}

/** PASSIVE: busy only while another checkpoint runs, and then the thread asks again in its next round. */
function catchUp(db: Db, onError: (err: Error) => void): void {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (err) {
    if ((err as { code?: string }).code !== 'SQLITE_BUSY') onError(err as Error);
  }
}

function migrate(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied TEXT NOT NULL)');
  const done = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as string[]);
  const files = readdirSync(MIGRATIONS).filter((f) => f.endsWith('.sql')).sort();
  const record = db.prepare('INSERT INTO schema_migrations (version, applied) VALUES (?, ?)');
  // Every pending migration in one transaction: a new database commits once rather than once a file (half the time
  // of a first start's migrations), and a failing migration leaves the database as it found it.
  db.transaction(() => {
    for (const file of files.filter((f) => !done.has(f))) {
      db.exec(readFileSync(join(MIGRATIONS, file), 'utf8'));
      record.run(file, new Date().toISOString());
    }
  })();
}
