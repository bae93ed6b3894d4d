/**
 * Group commit for counters. Events arriving while a write is on its way are summed in memory and written together
 * in the next transaction; each `add` resolves once the transaction holding its count has committed. So an answer
 * of success still means "on disk" (as for feedback), while a flood of events costs one write per batch instead of
 * one per event.
 *
 * Writes start `delayMs` after the first event of a batch (as PostgreSQL's commit_delay): the SQLite driver blocks
 * the event loop while it writes, so without that pause no request could join the next batch.
 *
 * When a write fails, its callers are told (they answer 500) and the number of events it held is added to the
 * `dropped`/`storage` counter with the next write, so the loss is on record.
 */
import type { CounterRow } from '../store/engagement-types.ts';
import type { CounterKind } from './schema.ts';

export interface CounterBuffer {
  /** Adds `count` to a counter; resolves when it is stored, rejects when that write failed. */
  add(day: string, kind: CounterKind, key: string, count?: number): Promise<void>;
  /** Adds to a counter without waiting (for drops: nobody waits for those). */
  note(day: string, kind: CounterKind, key: string, count?: number): void;
  /** Resolves when everything added so far has been written (or has failed). */
  drain(): Promise<void>;
}

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function createCounterBuffer(
  write: (rows: CounterRow[]) => Promise<void>,
  { day: dayNow, logError = console.error, delayMs = 5 }: { day: () => string; logError?: (error: unknown) => void; delayMs?: number },
): CounterBuffer {
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, delayMs));
  let pending = new Map<string, CounterRow>();
  let waiters: Waiter[] = [];
  let writing: Promise<void> | undefined;
  /** Events lost to failed writes, not yet on record. */
  let lost = 0;

  const bump = (day: string, kind: CounterKind, key: string, count: number) => {
    const id = `${day}\u0000${kind}\u0000${key}`;
    const row = pending.get(id);
    if (row) row.count += count;
    else pending.set(id, { day, kind, key, count });
  };

  const flush = async (): Promise<void> => {
    while (pending.size > 0 || lost > 0) {
      await pause();
      if (lost > 0) {
        bump(dayNow(), 'dropped', 'storage', lost);
        lost = 0;
      }
      const rows = [...pending.values()];
      const batch = waiters;
      pending = new Map();
      waiters = [];
      try {
        await write(rows);
        for (const w of batch) w.resolve();
      } catch (error) {
        logError(error);
        // Drops have no caller waiting: they wait for the next write. Every other count is lost, and counted as such.
        for (const r of rows) {
          if (r.kind === 'dropped' && r.key !== 'storage') bump(r.day, r.kind, r.key, r.count);
          else lost += r.count;
        }
        for (const w of batch) w.reject(error);
        // Try again only when more events come: a database that is down is not hammered.
        if (waiters.length === 0) break;
      }
    }
  };

  const start = () => {
    writing ??= flush().finally(() => {
      writing = undefined;
      if (waiters.length > 0) start();
    });
  };

  return {
    add(day, kind, key, count = 1) {
      bump(day, kind, key, count);
      const done = new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }));
      start();
      return done;
    },
    note(day, kind, key, count = 1) {
      bump(day, kind, key, count);
      start();
    },
    async drain() {
      while (writing) await writing;
    },
  };
}
