/**
 * The WAL checkpointer, run in a worker thread (see database.ts): its own connection copies committed WAL frames into
 * the database file every CHECKPOINT_MS. A checkpoint is where SQLite fsyncs under synchronous=NORMAL; here those
 * waits never stall the event loop that answers requests. PASSIVE never blocks the writer.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const CHECKPOINT_MS = 1000;

const db = new Database((workerData as { path: string }).path);
db.pragma('busy_timeout = 5000');
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // busy for longer than busy_timeout: the next round catches up
  }
};
const timer = setInterval(checkpoint, CHECKPOINT_MS);

parentPort!.once('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort!.close();
});
