/**
 * SQLite, the default store. A local file is opened in a worker thread (sqlite-writer.ts): one connection with
 * `synchronous = FULL`, so a 201 means the row reached the disk, and writes arriving together share one commit.
 * A remote libsql database (libsql://, https://) goes through @libsql/client.
 */
import { createClient, type Client, type InArgs } from '@libsql/client';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlArg, SqlDriver } from './driver.ts';
import { runMigrations } from './migrations.ts';
import { createSqliteWorkerDriver } from './sqlite-writer.ts';
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
  let driver: SqlDriver;
  if (!isUrl || target.startsWith('file:')) {
    const path = isUrl ? fileURLToPath(target) : resolve(target);
    mkdirSync(dirname(path), { recursive: true });
    driver = createSqliteWorkerDriver(path);
  } else {
    driver = createSqliteDriver(createClient({ url: target, concurrency: 1, ...(authToken ? { authToken } : {}) }));
  }
  try {
    await runMigrations(driver);
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw error;
  }
  return createSqlFeedbackStore(driver);
}
