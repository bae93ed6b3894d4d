/**
 * A SqlDriver for a local SQLite file whose connection lives in a worker thread (sqlite-worker.mjs): the
 * disk's waits stay off the server's event loop, writes arriving together share one commit (group commit), and
 * statements are prepared once. Every write is answered after its COMMIT returned with synchronous=FULL.
 */
import { Worker } from 'node:worker_threads';
import type { SqlArg, SqlDriver, SqlRow } from './driver.ts';

/** Settings for every connection: WAL lets reads go on during a commit; FULL syncs the log at each commit. */
export const SQLITE_PRAGMAS = ['journal_mode = WAL', 'synchronous = FULL', 'busy_timeout = 5000'] as const;

type Reply = { id: number; result?: unknown; error?: { message: string; code?: string } };

const toSqlite = (args: SqlArg[]) => args.map((a) => (typeof a === 'boolean' ? (a ? 1 : 0) : a));

export function createSqliteWorkerDriver(path: string): SqlDriver {
  const worker = new Worker(new URL('./sqlite-worker.mjs', import.meta.url), { workerData: { path, pragmas: SQLITE_PRAGMAS } });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  let failed: Error | undefined;
  worker.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.error) waiting.reject(Object.assign(new Error(reply.error.message), reply.error.code ? { code: reply.error.code } : {}));
    else waiting.resolve(reply.result);
  });
  const fail = (error: Error) => {
    failed = error;
    for (const w of pending.values()) w.reject(error);
    pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => { if (pending.size > 0) fail(new Error(`The database worker stopped (exit code ${code}).`)); });
  const send = <T>(message: Record<string, unknown>): Promise<T> => {
    if (failed) return Promise.reject(failed);
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, ...message });
    });
  };
  return {
    dialect: 'sqlite',
    query: (sql, args = []) => send<SqlRow[]>({ kind: 'query', sql, args: toSqlite(args) }),
    run: (sql, args = []) => send<number>({ kind: 'run', sql, args: toSqlite(args) }),
    atomic: (statements) => send<void>({ kind: 'atomic', statements: statements.map((s) => ({ sql: s.sql, args: toSqlite(s.args ?? []) })) }),
    exclusive: (fn) => fn(),
    async close() {
      if (failed) return;
      await send<void>({ kind: 'close' });
      await worker.terminate();
    },
  };
}
