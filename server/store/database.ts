/** Opens the SQLite file (SPEC §7): WAL, foreign keys, versioned migrations from server/store/migrations. */
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ROOT } from '../paths.js';

export type Db = Database.Database;

const MIGRATIONS = join(ROOT, 'server/store/migrations');

export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // NORMAL under WAL survives a process kill (kill -9) with every committed transaction; only power loss can drop the tail.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Savepoint journals in memory: a submission's savepoints inside its group commit wrote ~15 pages per case to
  // temporary files (one syscall each), more than the WAL commit itself.
  db.pragma('temp_store = MEMORY');
  // Checkpoints (and their fsyncs) belong to the checkpointer thread; this connection checkpoints itself only if the
  // WAL passes ~400 MB, a safety net for a stalled thread.
  if (path !== ':memory:') {
    db.pragma('wal_autocheckpoint = 100000');
    db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`); // the WAL file shrinks back to 64 MB when it restarts
  }
  migrate(db);
  return db;
}

/**
 * Starts the WAL checkpointer thread for a database file (server/store/checkpointer.ts); the returned function stops
 * it after a last checkpoint. Measured: a submission's commit took ~300 µs of wall time for ~140 µs of CPU, the rest
 * waiting for the fsyncs of the checkpoint SQLite ran every ~100 commits on the event loop.
 */
export function startCheckpointer(path: string, onError: (err: Error) => void): () => Promise<void> {
  if (path === ':memory:') return async () => {};
  const worker = new Worker(new URL('./checkpointer.js', import.meta.url), { workerData: { path } });
  worker.unref();
  worker.on('error', onError); // the thread is gone; the connection's own autocheckpoint takes over
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return async () => {
    worker.ref(); // keep the process alive until the last checkpoint is done
    worker.postMessage('stop');
    await exited;
  };
}

function migrate(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied TEXT NOT NULL)');
  const done = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as string[]);
  const files = readdirSync(MIGRATIONS).filter((f) => f.endsWith('.sql')).sort();
  const record = db.prepare('INSERT INTO schema_migrations (version, applied) VALUES (?, ?)');
  for (const file of files.filter((f) => !done.has(f))) {
    db.transaction(() => {
      db.exec(readFileSync(join(MIGRATIONS, file), 'utf8'));
      record.run(file, new Date().toISOString());
    })();
  }
}
