/**
 * The local SQLite connection in its worker thread: writes that arrive together share one commit, yet each
 * fails or succeeds alone; reads come after the writes sent before them; every commit is synchronous=FULL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteWorkerDriver } from '../../../src/functions/store/sqlite-writer.ts';
import type { SqlDriver } from '../../../src/functions/store/driver.ts';

const dir = mkdtempSync(join(tmpdir(), 'sqlite-writer-'));
let db: SqlDriver;
beforeAll(async () => {
  db = createSqliteWorkerDriver(join(dir, 'w.db'));
  await db.run('CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER NOT NULL, flag INTEGER)');
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the SQLite worker', () => {
  it('syncs every commit to disk, with a write-ahead log', async () => {
    expect(await db.query('PRAGMA synchronous')).toEqual([{ synchronous: 2 }]);
    expect(await db.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
  });

  it('commits writes sent together, and a failing one fails alone', async () => {
    const writes = Array.from({ length: 100 }, (_, i) => db.run('INSERT INTO t (id, n, flag) VALUES (?, ?, ?)', [i === 57 ? 'k-3' : `k-${i}`, i, i % 2 === 0]));
    const results = await Promise.allSettled(writes);
    const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [[i, (r.reason as Error & { code?: string }).code, (r.reason as Error).message]] : []));
    expect(failed).toEqual([[57, 'SQLITE_CONSTRAINT_PRIMARYKEY', 'UNIQUE constraint failed: t.id']]);
    expect(results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<number>).value)).toEqual(Array(99).fill(1));
    expect(await db.query('SELECT count(*) AS n, sum(flag) AS flagged FROM t')).toEqual([{ n: 99, flagged: 50 }]);
  });

  it('reads after the writes sent before them, without waiting for their answer', async () => {
    void db.run('INSERT INTO t (id, n) VALUES (?, ?)', ['read-after', 1]);
    expect(await db.query('SELECT n FROM t WHERE id = ?', ['read-after'])).toEqual([{ n: 1 }]);
  });

  it('keeps an atomic write whole: all its statements or none, beside others that commit', async () => {
    const [ok, bad] = await Promise.allSettled([
      db.atomic([{ sql: 'INSERT INTO t (id, n) VALUES (?, ?)', args: ['a-1', 1] }, { sql: 'INSERT INTO t (id, n) VALUES (?, ?)', args: ['a-2', 2] }]),
      db.atomic([{ sql: 'INSERT INTO t (id, n) VALUES (?, ?)', args: ['b-1', 1] }, { sql: 'INSERT INTO t (id, n) VALUES (?, ?)', args: ['b-2', null] }]),
    ]);
    expect(ok.status).toBe('fulfilled');
    expect(bad.status).toBe('rejected');
    expect(await db.query("SELECT id FROM t WHERE id LIKE 'a-%' OR id LIKE 'b-%' ORDER BY id")).toEqual([{ id: 'a-1' }, { id: 'a-2' }]);
  });

  it('answers UPDATE … RETURNING with the changed rows', async () => {
    expect(await db.query('UPDATE t SET n = n + 1 WHERE id = ? RETURNING id, n', ['a-1'])).toEqual([{ id: 'a-1', n: 2 }]);
    expect(await db.query('UPDATE t SET n = 0 WHERE id = ?', ['nobody'])).toEqual([]);
  });
});
