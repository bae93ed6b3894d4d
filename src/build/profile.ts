/**
 * Where a build's time goes: each phase's wall time and the CPU time the process spent meanwhile (every thread:
 * the main one, the worker threads, libuv's pool; not child processes such as Pagefind's), time added by parts
 * of the build that run inside another phase (each Astro page's render by language, each worker task by kind and
 * language), and the peak memory, as it stood when each phase ended (which phase raised it). `npm run build -- --profile` prints it. Phases may overlap (workers run while
 * Astro renders), so wall times do not add up to the total; the profile says which ran beside which.
 *
 * The profile lives on globalThis, like the site model, so code that Astro bundles (the middleware, the
 * integration) adds to the same one.
 */
import { readFileSync } from 'node:fs';

const KEY = Symbol.for('sdg-portal.build-profile');

/**
 * CPU seconds the calling thread has used (Linux: /proc/thread-self, in clock ticks of 10 ms), or wall time where
 * that cannot be read. On a busy machine wall time counts the waits for a core too; thread CPU does not.
 */
export function threadSeconds(): number {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return performance.now() / 1000;
  }
}

interface Phase { name: string; wall: number; cpu: number; main: number; beside?: string | undefined; peak: number }
/** Seconds spent by `what` (a worker task kind, "page render"), per part (a language, "old versions"). */
type Tally = Map<string, Map<string, { seconds: number; count: number }>>;

export class BuildProfile {
  readonly phases: Phase[] = [];
  readonly tally: Tally = new Map();
  readonly notes: string[] = [];
  readonly #started = performance.now();
  readonly #cpu = process.cpuUsage();
  readonly #main = threadSeconds();

  /** Runs `fn` as a phase; `beside` names a phase running at the same time (for the reader of the profile). */
  async phase<T>(name: string, fn: () => T | Promise<T>, beside?: string): Promise<T> {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    const main = threadSeconds();
    try {
      return await fn();
    } finally {
      const used = process.cpuUsage(cpu);
      this.phases.push({ name, wall: (performance.now() - wall) / 1000, cpu: (used.user + used.system) / 1e6, main: threadSeconds() - main, beside, peak: BuildProfile.peakMemory() });
    }
  }

  /** Adds `seconds` of `what` to `part` (a language code, "old versions", ...). */
  add(what: string, part: string, seconds: number, count = 1): void {
    let parts = this.tally.get(what);
    if (!parts) this.tally.set(what, (parts = new Map()));
    const had = parts.get(part) ?? { seconds: 0, count: 0 };
    parts.set(part, { seconds: had.seconds + seconds, count: had.count + count });
  }

  readonly marks = new Map<string, number>();

  /** Records when something first happened (the first page Astro renders ends its bundling). */
  markOnce(name: string): void {
    if (!this.marks.has(name)) this.marks.set(name, performance.now());
  }

  /** Milliseconds since the build started. */
  elapsed(): number {
    return performance.now() - this.#started;
  }

  note(line: string): void {
    this.notes.push(line);
  }

  /** Peak resident memory of the process so far (main thread and workers), in bytes. */
  static peakMemory(): number {
    return process.resourceUsage().maxRSS * 1024;
  }

  report(): string {
    const total = (performance.now() - this.#started) / 1000;
    const used = process.cpuUsage(this.#cpu);
    const width = Math.max(24, ...this.phases.map((p) => p.name.length));
    const s = (n: number) => `${n.toFixed(1)} s`.padStart(8);
    const lines = [`Build profile: wall time, CPU time of all threads meanwhile, of the main thread (pages, model) meanwhile, peak memory when the phase ended:`];
    const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`.padStart(8);
    for (const p of this.phases) lines.push(`  ${p.name.padEnd(width)} ${s(p.wall)} ${s(p.cpu)} CPU ${s(p.main)} main ${mb(p.peak)}${p.beside ? `   (beside ${p.beside})` : ''}`);
    lines.push(`  ${'total'.padEnd(width)} ${s(total)} ${s((used.user + used.system) / 1e6)} CPU ${s(threadSeconds() - this.#main)} main; peak memory ${(BuildProfile.peakMemory() / 1e6).toFixed(0)} MB`);
    lines.push('  CPU seconds of work inside the phases, by language (count):');
    for (const [what, parts] of this.tally) {
      const all = [...parts.values()].reduce((sum, p) => sum + p.seconds, 0);
      const each = [...parts].map(([part, p]) => `${part} ${p.seconds.toFixed(1)} s (${p.count})`).join(', ');
      lines.push(`    ${what}: ${all.toFixed(1)} s — ${each}`);
    }
    for (const [name, at] of this.marks) lines.push(`  ${name} at ${((at - this.#started) / 1000).toFixed(1)} s`);
    lines.push(...this.notes.map((n) => `  ${n}`));
    return lines.join('\n');
  }
}

const store = globalThis as unknown as Record<symbol, BuildProfile | undefined>;

/** Starts a new profile for this build (the previous one, if any, is dropped). */
export function startProfile(): BuildProfile {
  return (store[KEY] = new BuildProfile());
}

/** The profile of the build under way, if any (undefined in the dev server and in tests that render alone). */
export function currentProfile(): BuildProfile | undefined {
  return store[KEY];
}

/** Runs `fn`, adding the CPU time of this thread it took to `what` for `part` in the current profile. */
export function timed<T>(what: string, part: string, fn: () => T): T {
  const profile = currentProfile();
  if (!profile) return fn();
  const started = threadSeconds();
  try {
    return fn();
  } finally {
    profile.add(what, part, threadSeconds() - started);
  }
}
