/** The SQLite file's settings (SPEC §7) and the time-ordered ids of rows written at a high rate. */
import t, { type Test } from 'tap';
import { mkdtempSync, openSync, readSync, closeSync, rmSync, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { setImmediate as yieldToLoop, setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { CATCH_UP, openDatabase, startCheckpointer, type CheckpointerOptions, type Db } from '../../server/store/database.js';
import { uuid7 } from '../../server/store/uuid7.js';

const UUID7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function tempDb(t: Test): Db {
  const dir = mkdtempSync(join(tmpdir(), 'store-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const db = openDatabase(join(dir, 'sandbox.db'));
  db.exec('CREATE TABLE blob (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
  t.teardown(() => db.close());
  return db;
}

/** Commits `n` rows of 4 kB, each its own transaction (one WAL frame or more each). */
function write(db: Db, n: number): void {
  const insert = db.prepare('INSERT INTO blob (data) VALUES (randomblob(4000))');
  for (let i = 0; i < n; i++) insert.run();
}

/** The WAL header's checkpoint sequence number: it grows by one each time the WAL restarts from its start. */
function walSequence(db: Db): number {
  const header = Buffer.alloc(16);
  const fd = openSync(`${db.name}-wal`, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return header.readUInt32BE(12);
}

t.test('a database file: WAL, synchronous NORMAL, foreign keys, savepoint journals in memory', async (t) => {
  const db = tempDb(t);
  t.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  t.equal(db.pragma('synchronous', { simple: true }), 1, 'NORMAL');
  t.equal(db.pragma('foreign_keys', { simple: true }), 1);
  t.equal(db.pragma('temp_store', { simple: true }), 2, 'MEMORY: statement journals write no temporary file');
});

/** The WAL file's size once it is 0 bytes, or after 3 s. */
async function walTruncated(db: Db): Promise<number> {
  let size = statSync(`${db.name}-wal`).size;
  for (const until = Date.now() + 3000; size > 0 && Date.now() < until; await sleep(20)) size = statSync(`${db.name}-wal`).size;
  return size;
}

t.test('the checkpointer thread asks the event loop to finish a checkpoint once the WAL passes restartFrames', async (t) => {
  const db = tempDb(t);
  const workerData: CheckpointerOptions = { path: db.name, intervalMs: 20, restartFrames: 500 };
  const worker = new Worker(new URL('../../server/store/checkpointer.js', import.meta.url), { workerData });
  t.teardown(async () => {
    worker.postMessage('stop');
    await once(worker, 'exit');
  });
  write(db, 20);
  const early = await Promise.race([once(worker, 'message'), sleep(200).then(() => 'none')]);
  t.equal(early, 'none', 'below restartFrames: no request');
  write(db, 500);
  const [message] = (await Promise.race([once(worker, 'message'), sleep(5000).then(() => ['timeout'])])) as unknown[];
  t.equal(message, CATCH_UP);
});

t.test('under sustained writes the WAL restarts and stays bounded; once writes stop its file is truncated', async (t) => {
  const db = tempDb(t);
  const stop = startCheckpointer(db, (err) => t.fail(String(err)), { intervalMs: 20, restartFrames: 200 });
  t.teardown(stop);
  write(db, 10);
  await walTruncated(db); // the thread is running: it gave an idle WAL's space back
  write(db, 1); // the WAL file has its header again
  const first = walSequence(db);
  let largest = 0;
  let sequence = first;
  // As fast as one connection writes, until the WAL restarted twice (10 s at most: other tests may be using the disk).
  for (const until = Date.now() + 10_000; sequence - first < 2 && Date.now() < until; await yieldToLoop()) {
    write(db, 10);
    largest = Math.max(largest, statSync(`${db.name}-wal`).size);
    sequence = Math.max(sequence, walSequence(db));
  }
  const written = db.prepare('SELECT count(*) FROM blob').pluck().get() as number;
  t.ok(sequence - first >= 2, `the WAL restarted from its start (sequence ${first} → ${sequence}, ${written} rows of 4 kB written)`);
  // Without the catch-up only the autocheckpoint safety net restarts it, at 100 000 frames (~400 MB).
  t.ok(largest < 160e6, `the WAL file stayed small: at most ${largest} bytes`);
  t.equal(await walTruncated(db), 0, 'idle: the WAL file truncated');
  t.equal(db.prepare('SELECT count(*) FROM blob').pluck().get(), written, 'every row still there');
});

t.test('uuid7: version 7, variant 10, the milliseconds first', async (t) => {
  const ms = Date.UTC(2026, 10, 27, 8, 30);
  const uuid4 = randomUUID();
  const id = uuid7(ms, uuid4);
  t.match(id, UUID7);
  t.equal(parseInt(id.replace(/-/g, '').slice(0, 12), 16), ms);
  t.equal(id.slice(15), uuid4.slice(15), 'the other bits are the given UUIDv4\'s');
});

t.test('uuid7: unique within one millisecond, ordered across milliseconds', async (t) => {
  const ms = Date.now();
  const same = new Set(Array.from({ length: 10_000 }, () => uuid7(ms, randomUUID())));
  t.equal(same.size, 10_000);
  const ids = [0, 1, 2, 1000, 86_400_000].map((d) => uuid7(ms + d, randomUUID()));
  t.same([...ids].sort(), ids, 'string order is time order');
});
