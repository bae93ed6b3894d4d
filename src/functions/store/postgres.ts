/**
 * PostgreSQL through `pg` (used when DATABASE_URL starts with postgres:// or postgresql://).
 * Migrations run under an advisory lock so several instances starting together apply them once.
 */
import pg from 'pg';
import { numberPlaceholders, type SqlDriver } from './driver.ts';
import { runMigrations } from './migrations.ts';
import { createSqlFeedbackStore } from './sql-store.ts';
import type { FeedbackStore } from './types.ts';

/** An arbitrary constant: "feedback migrations" for pg_advisory_lock. */
const MIGRATION_LOCK = 4_206_621_001;

export interface PostgresStoreOptions {
  connectionString: string;
  /** Use this schema (created if missing) instead of the default search path; tests use it to stay apart. */
  schema?: string | undefined;
  /** Pool size; keep it small on serverless platforms. */
  max?: number | undefined;
}

export function createPostgresDriver(pool: pg.Pool): SqlDriver {
  return {
    dialect: 'postgres',
    async query(sql, args = []) {
      return (await pool.query(numberPlaceholders(sql), args)).rows;
    },
    async run(sql, args = []) {
      return (await pool.query(numberPlaceholders(sql), args)).rowCount ?? 0;
    },
    async atomic(statements) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        for (const s of statements) await client.query(numberPlaceholders(s.sql), s.args ?? []);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async exclusive(fn) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function openPostgresStore({ connectionString, schema, max = 5 }: PostgresStoreOptions): Promise<FeedbackStore> {
  if (schema) {
    const setup = new pg.Client({ connectionString });
    await setup.connect();
    try {
      // IF NOT EXISTS still races when two instances start together; the lock makes it safe.
      await setup.query('BEGIN');
      await setup.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      await setup.query('COMMIT');
    } finally {
      await setup.end();
    }
  }
  // search_path is set at connection start-up, so every pooled connection gets it.
  const pool = new pg.Pool({
    connectionString,
    max,
    ...(schema ? { options: `-c search_path=${quoteIdent(schema)}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error('feedback: PostgreSQL pool error:', error.message));
  const driver = createPostgresDriver(pool);
  try {
    await runMigrations(driver);
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
  return createSqlFeedbackStore(driver);
}
