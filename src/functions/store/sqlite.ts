/**
 * SQLite through @libsql/client (the default store). One connection: libsql calls are
 * synchronous underneath, so a pool buys nothing, and per-connection settings such as
 * `synchronous = FULL` then hold for every write — a 201 means the row reached the disk.
 */
import { createClient, type Client, type InArgs } from '@libsql/client';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SqlArg, SqlDriver } from './driver.ts';
import { runMigrations } from './migrations.ts';
import { createSqlFeedbackStore } from './sql-store.ts';
import type { FeedbackStore } from './types.ts';

const toSqlite = (args: SqlArg[]): InArgs => args.map((a) => (typeof a === 'boolean' ? (a ? 1 : 0) : a));

export function createSqliteDriver(client: Client): SqlDriver {
  return {
    dialect: 'sqlite',
    async query(sql, args = []) {
      const result = await client.execute({ sql, args: toSqlite(args) });
      return result.rows as unknown as Record<string, unknown>[];
    },
    async run(sql, args = []) {
      return (await client.execute({ sql, args: toSqlite(args) })).rowsAffected;
    },
    async atomic(statements) {
      await client.batch(statements.map((s) => ({ sql: s.sql, args: toSqlite(s.args ?? []) })), 'write');
    },
    exclusive: (fn) => fn(),
    async close() {
      client.close();
    },
  };
}

/** `target` is a file path (created with its folder) or a libsql URL (file:, libsql://, https://). */
export async function openSqliteStore(target: string, authToken?: string): Promise<FeedbackStore> {
  const isUrl = /^[a-z][a-z0-9+.-]*:/i.test(target);
  let url = target;
  if (!isUrl) {
    const path = resolve(target);
    mkdirSync(dirname(path), { recursive: true });
    url = pathToFileURL(path).href;
  }
  const client = createClient({ url, concurrency: 1, ...(authToken ? { authToken } : {}) });
  if (url.startsWith('file:')) {
    await client.execute('PRAGMA journal_mode = WAL');
    await client.execute('PRAGMA synchronous = FULL');
    await client.execute('PRAGMA busy_timeout = 5000');
  }
  const driver = createSqliteDriver(client);
  await runMigrations(driver);
  return createSqlFeedbackStore(driver);
}
