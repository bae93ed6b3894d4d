// @ts-check
/**
 * The SQLite connection of a local feedback database, in a worker thread of its own (see sqlite-writer.ts).
 *
 * - Off the main thread: a commit with synchronous=FULL waits for the disk (an fsync, 5-20 ms on a busy
 *   machine); here that wait never holds up the server's other requests.
 * - Group commit: writes that arrive while the disk is busy are committed together, in one transaction and one
 *   fsync, each in a savepoint of its own so one failing write fails alone. A write is answered only after its
 *   transaction's COMMIT returned: an acknowledged answer is on disk.
 * - Statements are prepared once and kept.
 *
 * Plain JavaScript, so it runs as it is wherever the store runs (npm start, tests, scripts).
 */
import Database from 'libsql';
import { parentPort, workerData } from 'node:worker_threads';

/** @typedef {string | number | null} Arg */
/** @typedef {{ sql: string; args?: Arg[] }} Statement */
/** @typedef {{ id: number; kind: 'query'; sql: string; args: Arg[] } | { id: number; kind: 'run'; sql: string; args: Arg[] } | { id: number; kind: 'atomic'; statements: Statement[] } | { id: number; kind: 'close' }} Message */

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
const db = new Database(workerData.path);
for (const pragma of workerData.pragmas) db.exec(`PRAGMA ${pragma}`);

/** @type {Map<string, any>} */
const prepared = new Map();
/** @param {string} sql */
const statement = (sql) => {
  let s = prepared.get(sql);
  if (!s) {
    s = db.prepare(sql);
    prepared.set(sql, s);
  }
  return s;
};

/** @param {unknown} error */
const failure = (error) => {
  const e = /** @type {{ message?: string; code?: string }} */ (error);
  return { message: String(e?.message ?? error), ...(e?.code ? { code: e.code } : {}) };
};

/** @param {string} sql @param {Arg[]} args */
function query(sql, args) {
  const s = statement(sql);
  if (s.reader) return s.all(...args);
  s.run(...args);
  return [];
}

/** @param {Message & { kind: 'run' | 'atomic' }} m */
function write(m) {
  if (m.kind === 'run') return statement(m.sql).run(...m.args).changes;
  for (const s of m.statements) statement(s.sql).run(...(s.args ?? []));
  return undefined;
}

/** @type {(Message & { kind: 'run' | 'atomic' })[]} */
let writes = [];
let flushing = false;

/** Commits every write waiting, together; answers each once the commit is on disk. */
function flush() {
  flushing = false;
  const batch = writes;
  writes = [];
  if (batch.length === 0) return;
  if (batch.length === 1) {
    // One write needs no savepoint: its own transaction (an atomic write's statements in one) is the commit.
    const m = /** @type {Message & { kind: 'run' | 'atomic' }} */ (batch[0]);
    try {
      const result = m.kind === 'atomic' ? (db.exec('BEGIN IMMEDIATE'), write(m), db.exec('COMMIT'), undefined) : write(m);
      port.postMessage({ id: m.id, result });
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      port.postMessage({ id: m.id, error: failure(error) });
    }
    return;
  }
  /** @type {{ id: number; result?: unknown; error?: unknown }[]} */
  const answers = [];
  try {
    db.exec('BEGIN IMMEDIATE');
    for (const m of batch) {
      db.exec('SAVEPOINT one');
      try {
        answers.push({ id: m.id, result: write(m) });
        db.exec('RELEASE one');
      } catch (error) {
        db.exec('ROLLBACK TO one');
        db.exec('RELEASE one');
        answers.push({ id: m.id, error: failure(error) });
      }
    }
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    for (const m of batch) port.postMessage({ id: m.id, error: failure(error) });
    return;
  }
  for (const a of answers) port.postMessage(a);
}

port.on('message', (/** @type {Message} */ m) => {
  if (m.kind === 'run' || m.kind === 'atomic') {
    writes.push(m);
    // Messages that came in while the last commit waited for the disk are all delivered before this runs.
    if (!flushing) {
      flushing = true;
      setImmediate(flush);
    }
    return;
  }
  // Reads and other statements keep their order after the writes sent before them.
  flush();
  if (m.kind === 'close') {
    db.close();
    port.postMessage({ id: m.id, result: undefined });
    port.close();
    return;
  }
  try {
    port.postMessage({ id: m.id, result: query(m.sql, m.args) });
  } catch (error) {
    port.postMessage({ id: m.id, error: failure(error) });
  }
});
