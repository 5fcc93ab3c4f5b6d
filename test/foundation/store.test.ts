/** The SQLite file's settings (SPEC §7) and the time-ordered ids of rows written at a high rate. */
import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../server/store/database.js';
import { uuid7 } from '../../server/store/uuid7.js';

const UUID7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

t.test('a database file: WAL, synchronous NORMAL, foreign keys, savepoint journals in memory', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'store-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const db = openDatabase(join(dir, 'sandbox.db'));
  t.teardown(() => db.close());
  t.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  t.equal(db.pragma('synchronous', { simple: true }), 1, 'NORMAL');
  t.equal(db.pragma('foreign_keys', { simple: true }), 1);
  t.equal(db.pragma('temp_store', { simple: true }), 2, 'MEMORY: a savepoint inside the group commit writes no temporary file');
});

t.test('uuid7: version 7, variant 10, the milliseconds first', async (t) => {
  const ms = Date.UTC(2026, 10, 27, 8, 30);
  const id = uuid7(ms);
  t.match(id, UUID7);
  t.equal(parseInt(id.replace(/-/g, '').slice(0, 12), 16), ms);
  t.match(uuid7(), UUID7, 'now by default');
});

t.test('uuid7: unique within one millisecond, ordered across milliseconds', async (t) => {
  const ms = Date.now();
  const same = new Set(Array.from({ length: 10_000 }, () => uuid7(ms)));
  t.equal(same.size, 10_000);
  const ids = [0, 1, 2, 1000, 86_400_000].map((d) => uuid7(ms + d));
  t.same([...ids].sort(), ids, 'string order is time order');
});
