/** Opens the SQLite file (SPEC §7): WAL, foreign keys, versioned migrations from server/store/migrations. */
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
  migrate(db);
  return db;
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
