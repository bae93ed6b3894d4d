/**
 * Worker threads for the build's heavy, independent work (per-indicator files, posters, archives). A task module
 * (TypeScript, started through worker-entry.mjs) answers `{ id, ...task }` messages with `{ id, result }` or
 * `{ id, error }`. Tasks are handed out as threads come free, so only as many are in flight as there are threads:
 * the build never holds every indicator's payload at once.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

interface Pending { resolve(value: unknown): void; reject(error: Error): void }
type Reply = { id: number; result?: unknown; error?: { message: string; data?: unknown } };

/** An error a task reported (its message, and what the task said about it). */
export class TaskError extends Error {
  constructor(message: string, readonly data: unknown) {
    super(message);
  }
}

export class WorkerPool {
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #waiting: (() => void)[] = [];
  readonly #pending = new Map<number, Pending>();
  readonly #owner = new Map<number, Worker>();
  #next = 0;
  #broken: Error | undefined;

  /** `module`: the task module's URL; `init`: what every thread gets first (workerData.init). */
  constructor(module: URL, init: unknown, readonly size = defaultThreads()) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
        workerData: { module: module.href, init },
        // The task module brings its own TypeScript loader; the parent's flags (tsx's) are not passed on.
        execArgv: [],
      });
      worker.on('message', (reply: Reply) => this.#settle(worker, reply));
      worker.on('error', (error) => this.#fail(worker, error));
      worker.on('exit', (code) => { if (code !== 0) this.#fail(worker, new Error(`A build worker stopped (exit code ${code}).`)); });
      this.#workers.push(worker);
      this.#idle.push(worker);
    }
  }

  #settle(worker: Worker, reply: Reply): void {
    const pending = this.#pending.get(reply.id);
    this.#pending.delete(reply.id);
    this.#owner.delete(reply.id);
    this.#idle.push(worker);
    this.#waiting.shift()?.();
    if (!pending) return;
    if (reply.error) pending.reject(new TaskError(reply.error.message, reply.error.data));
    else pending.resolve(reply.result);
  }

  #fail(worker: Worker, error: Error): void {
    this.#broken ??= error;
    for (const [id, owner] of this.#owner) {
      if (owner !== worker) continue;
      this.#pending.get(id)?.reject(error);
      this.#pending.delete(id);
      this.#owner.delete(id);
    }
    for (const wake of this.#waiting.splice(0)) wake();
  }

  /** Runs one task on the next free thread (waits for one); `transfer` moves buffers instead of copying them. */
  async run<T>(task: Record<string, unknown>, transfer: ArrayBuffer[] = []): Promise<T> {
    while (this.#idle.length === 0 && !this.#broken) await new Promise<void>((wake) => this.#waiting.push(wake));
    if (this.#broken) throw this.#broken;
    const worker = this.#idle.pop()!;
    const id = this.#next++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.#owner.set(id, worker);
      worker.postMessage({ id, ...task }, transfer);
    });
  }

  /** Waits for a free thread without taking it: lets a producer make the next payload only when it can be sent. */
  async ready(): Promise<void> {
    while (this.#idle.length === 0 && !this.#broken) await new Promise<void>((wake) => this.#waiting.push(wake));
    if (this.#broken) throw this.#broken;
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}

/** One thread per core (SDG_BUILD_THREADS overrides; 2 cores give 2). */
export function defaultThreads(env: NodeJS.ProcessEnv = process.env): number {
  const set = Number(env['SDG_BUILD_THREADS']);
  return Number.isInteger(set) && set > 0 ? set : Math.max(1, availableParallelism());
}

/** The worker side: answers each task with what `handle` returns (or the error it throws). */
export async function serveTasks(handle: (task: Record<string, unknown>) => Promise<{ result: unknown; transfer?: ArrayBuffer[] }> | { result: unknown; transfer?: ArrayBuffer[] }): Promise<void> {
  const { parentPort } = await import('node:worker_threads');
  parentPort!.on('message', async (message: { id: number } & Record<string, unknown>) => {
    try {
      const { result, transfer } = await handle(message);
      parentPort!.postMessage({ id: message.id, result }, transfer ?? []);
    } catch (error) {
      const data = error instanceof Error && 'data' in error ? (error as { data: unknown }).data : undefined;
      parentPort!.postMessage({ id: message.id, error: { message: error instanceof Error ? error.message : String(error), data } });
    }
  });
}
