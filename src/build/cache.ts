/**
 * The build cache: files the build made before, kept under a key that is a hash of everything they were made
 * from (the indicator's model, the language, the site's settings, the portal's code), so a build remakes only
 * what changed. It lives in `.cache/` (SDG_CACHE_DIR), is never published, and is safe to delete at any time:
 * a missing or half-written entry is a miss. Entries are written into a temporary folder and renamed into place,
 * so a build killed halfway leaves no entry that looks whole. A hit is hard-linked into the output (copied where
 * links are not possible), so cached bytes are not written twice. Entries no build used for a week are removed
 * after each successful build.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const MANIFEST = 'entry.json';
const WEEK_MS = 7 * 24 * 3600 * 1000;

export type CacheKeyPart = string | Uint8Array;

/** A SHA-256 of the parts, each length-prefixed so that ("ab", "c") and ("a", "bc") differ. */
export function cacheKey(...parts: readonly CacheKeyPart[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('base64url').slice(0, 40);
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? filesUnder(path) : e.isFile() ? [path] : [];
  });
}

/**
 * A hash of the code that makes the site: every file under src/, the lock file and Node's version. Any change to
 * the portal's code makes every entry a miss, which is always safe.
 */
export function codeVersion(root = process.cwd()): string {
  const files = [...filesUnder(resolve(root, 'src')), resolve(root, 'package-lock.json'), resolve(root, 'astro.config.mjs')]
    .filter((f) => existsSync(f)).sort();
  return cacheKey(process.version, ...files.flatMap((f) => [relative(root, f), readFileSync(f)]));
}

/** Links `from` to `to` (a new name for the same bytes); copies where the file system cannot link. */
export function linkOrCopy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

export class BuildCache {
  hits = 0;
  misses = 0;

  /** `dir` undefined: no cache (every lookup misses, nothing is stored). */
  constructor(readonly dir: string | undefined) {}

  #entry(kind: string, key: string): string {
    return join(this.dir!, kind, key.slice(0, 2), key);
  }

  /** The paths (relative to the entry) an entry holds, or undefined on a miss. Marks the entry as used. */
  lookup(kind: string, key: string): { dir: string; files: string[] } | undefined {
    if (!this.dir) return undefined;
    const dir = this.#entry(kind, key);
    try {
      const files = (JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as { files: string[] }).files;
      if (!files.every((f) => existsSync(join(dir, 'files', f)))) throw new Error('incomplete');
      const now = new Date();
      utimesSync(dir, now, now);
      this.hits++;
      return { dir: join(dir, 'files'), files };
    } catch {
      this.misses++;
      return undefined;
    }
  }

  /** Where an entry's files are (whether or not it exists). */
  filesOf(kind: string, key: string): string {
    return join(this.#entry(kind, key), 'files');
  }

  /** Links an entry's files into `outDir` (each at its path); false on a miss. */
  restore(kind: string, key: string, outDir: string): string[] | undefined {
    const found = this.lookup(kind, key);
    if (!found) return undefined;
    for (const f of found.files) linkOrCopy(join(found.dir, f), join(outDir, f));
    return found.files;
  }

  /**
   * Stores `files` (path → bytes) under the key and links them into `outDir`; without a cache, only writes them to
   * `outDir`. Returns the paths written.
   */
  store(kind: string, key: string, files: readonly { path: string; bytes: string | Uint8Array }[], outDir?: string): string[] {
    if (!this.dir) {
      if (outDir === undefined) return [];
      for (const f of files) {
        mkdirSync(dirname(join(outDir, f.path)), { recursive: true });
        writeFileSync(join(outDir, f.path), f.bytes);
      }
      return files.map((f) => f.path);
    }
    const final = this.#entry(kind, key);
    const temp = join(this.dir, 'tmp', `${process.pid}-${Math.random().toString(36).slice(2)}`);
    for (const f of files) {
      mkdirSync(dirname(join(temp, 'files', f.path)), { recursive: true });
      writeFileSync(join(temp, 'files', f.path), f.bytes);
    }
    writeFileSync(join(temp, MANIFEST), JSON.stringify({ files: files.map((f) => f.path) }));
    mkdirSync(dirname(final), { recursive: true });
    try {
      rmSync(final, { recursive: true, force: true });
      renameSync(temp, final);
    } catch {
      // Another build stored the same entry at the same moment: theirs is as good as ours.
      rmSync(temp, { recursive: true, force: true });
    }
    const dir = existsSync(join(final, MANIFEST)) ? join(final, 'files') : undefined;
    if (outDir === undefined) return files.map((f) => f.path);
    for (const f of files) {
      if (dir && existsSync(join(dir, f.path))) linkOrCopy(join(dir, f.path), join(outDir, f.path));
      else {
        mkdirSync(dirname(join(outDir, f.path)), { recursive: true });
        writeFileSync(join(outDir, f.path), f.bytes);
      }
    }
    return files.map((f) => f.path);
  }

  /** Like `store`, for files already written at `from` (an archive streamed to disk): they are moved into the entry. */
  adopt(kind: string, key: string, files: readonly { path: string; from: string }[], outDir: string): string[] {
    if (!this.dir) {
      for (const f of files) {
        mkdirSync(dirname(join(outDir, f.path)), { recursive: true });
        renameSync(f.from, join(outDir, f.path));
      }
      return files.map((f) => f.path);
    }
    const final = this.#entry(kind, key);
    const temp = join(this.dir, 'tmp', `${process.pid}-${Math.random().toString(36).slice(2)}`);
    for (const f of files) {
      mkdirSync(dirname(join(temp, 'files', f.path)), { recursive: true });
      try {
        renameSync(f.from, join(temp, 'files', f.path));
      } catch {
        copyFileSync(f.from, join(temp, 'files', f.path));
        rmSync(f.from, { force: true });
      }
    }
    writeFileSync(join(temp, MANIFEST), JSON.stringify({ files: files.map((f) => f.path) }));
    mkdirSync(dirname(final), { recursive: true });
    rmSync(final, { recursive: true, force: true });
    renameSync(temp, final);
    for (const f of files) linkOrCopy(join(final, 'files', f.path), join(outDir, f.path));
    return files.map((f) => f.path);
  }

  /** Removes entries no build has used for `maxAgeMs` (a week), and leftovers of interrupted builds. */
  prune(maxAgeMs = WEEK_MS): number {
    if (!this.dir || !existsSync(this.dir)) return 0;
    let removed = 0;
    const cutoff = Date.now() - maxAgeMs;
    for (const kind of readdirSync(this.dir)) {
      const kindDir = join(this.dir, kind);
      if (kind === 'tmp') {
        for (const t of readdirSync(kindDir)) if (statSync(join(kindDir, t)).mtimeMs < Date.now() - 3600_000) rmSync(join(kindDir, t), { recursive: true, force: true });
        continue;
      }
      if (!statSync(kindDir).isDirectory()) continue;
      for (const shard of readdirSync(kindDir)) {
        if (!statSync(join(kindDir, shard)).isDirectory()) {
          // A file kept whole (a worker bundle).
          if (statSync(join(kindDir, shard)).mtimeMs < cutoff) {
            rmSync(join(kindDir, shard), { force: true });
            removed++;
          }
          continue;
        }
        for (const key of readdirSync(join(kindDir, shard))) {
          const entry = join(kindDir, shard, key);
          if (statSync(entry).mtimeMs < cutoff) {
            rmSync(entry, { recursive: true, force: true });
            removed++;
          }
        }
      }
    }
    return removed;
  }
}

/** The cache folder: SDG_CACHE_DIR, else `.cache` in the working folder; none with `--no-cache` (SDG_CACHE=off). */
export function cacheDirFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env['SDG_CACHE'] === 'off') return undefined;
  return resolve(env['SDG_CACHE_DIR'] ?? '.cache');
}
