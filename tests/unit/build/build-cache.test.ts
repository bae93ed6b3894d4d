/**
 * The build cache, the streamed archive and the worker pool: what a build relies on to remake only what changed
 * and to stop, not crash, when a worker fails. Each case builds what it needs in a temporary folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildCache, cacheDirFromEnv, cacheKey } from '../../../src/build/cache.ts';
import { archiveManifest, restoreArchive, writeArchive } from '../../../src/build/archive.ts';
import { TaskError, WorkerPool } from '../../../src/build/pool.ts';
import { outputPath } from '../../../src/build/search-index.ts';

const root = mkdtempSync(join(tmpdir(), 'build-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(root, `case-${n++}`);

describe('cache keys', () => {
  it.each([
    [['ab', 'c'], ['a', 'bc']],
    [['1', '2'], ['12']],
    [[new Uint8Array([1, 2])], [new Uint8Array([1]), new Uint8Array([2])]],
  ])('keep apart parts that join alike: %j and %j', (a, b) => {
    expect(cacheKey(...a)).not.toBe(cacheKey(...b));
  });
  it('are the same for the same parts', () => expect(cacheKey('x', new Uint8Array([1]))).toBe(cacheKey('x', new Uint8Array([1]))));
});

describe('the build cache', () => {
  it('stores files, then links them into another output on a hit', () => {
    const cache = new BuildCache(fresh());
    const first = fresh();
    cache.store('k', 'key1', [{ path: 'downloads/a.csv', bytes: 'a,b\n' }, { path: 'downloads/charts/a.svg', bytes: '<svg/>' }], first);
    expect(readFileSync(join(first, 'downloads/a.csv'), 'utf8')).toBe('a,b\n');
    const second = fresh();
    expect(cache.restore('k', 'key1', second)).toEqual(['downloads/a.csv', 'downloads/charts/a.svg']);
    expect(readFileSync(join(second, 'downloads/charts/a.svg'), 'utf8')).toBe('<svg/>');
    // Linked, not written again.
    expect(statSync(join(second, 'downloads/a.csv')).ino).toBe(statSync(join(first, 'downloads/a.csv')).ino);
    expect([cache.hits, cache.misses]).toEqual([1, 0]);
  });

  it('misses an unknown key, and an entry with a file gone (safe to delete any part)', () => {
    const dir = fresh();
    const cache = new BuildCache(dir);
    expect(cache.restore('k', 'nothing', fresh())).toBeUndefined();
    cache.store('k', 'key2', [{ path: 'x.txt', bytes: 'x' }], fresh());
    rmSync(join(cache.filesOf('k', 'key2'), 'x.txt'));
    expect(cache.restore('k', 'key2', fresh())).toBeUndefined();
    rmSync(dir, { recursive: true, force: true });
    expect(cache.restore('k', 'key2', fresh())).toBeUndefined();
    expect(cache.misses).toBe(3);
  });

  it('without a folder, writes the files and remembers nothing', () => {
    const cache = new BuildCache(undefined);
    const out = fresh();
    cache.store('k', 'key3', [{ path: 'y.txt', bytes: 'y' }], out);
    expect(readFileSync(join(out, 'y.txt'), 'utf8')).toBe('y');
    expect(cache.restore('k', 'key3', fresh())).toBeUndefined();
  });

  it('removes entries no build used for a week, and leftovers of interrupted builds', () => {
    const dir = fresh();
    const cache = new BuildCache(dir);
    cache.store('k', 'old', [{ path: 'o.txt', bytes: 'o' }]);
    cache.store('k', 'new', [{ path: 'n.txt', bytes: 'n' }]);
    const entry = join(cache.filesOf('k', 'old'), '..');
    const longAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    utimesSync(entry, longAgo, longAgo);
    mkdirSync(join(dir, 'tmp', 'interrupted'), { recursive: true });
    utimesSync(join(dir, 'tmp', 'interrupted'), longAgo, longAgo);
    expect(cache.prune()).toBe(1);
    expect(cache.lookup('k', 'old')).toBeUndefined();
    expect(cache.lookup('k', 'new')).toBeDefined();
    expect(existsSync(join(dir, 'tmp', 'interrupted'))).toBe(false);
  });

  it.each([
    [{}, join(process.cwd(), '.cache')],
    [{ SDG_CACHE_DIR: '/tmp/elsewhere' }, '/tmp/elsewhere'],
    [{ SDG_CACHE: 'off' }, undefined],
  ])('lives where the environment says: %j', (env, dir) => expect(cacheDirFromEnv(env)).toBe(dir));
});

describe('all.zip, streamed', () => {
  const entries = () => {
    const dir = fresh();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'tidy.csv'), 'Year,Value\n2020,1\n');
    return [{ path: 'tidy/1-2-1-tidy.csv', file: join(dir, 'tidy.csv') }, { path: 'metadata/1-2-1-metadata.json', text: '{"id":"1-2-1"}' }];
  };

  it('holds every entry and a manifest of their checksums, and comes from the cache when nothing changed', async () => {
    const cache = new BuildCache(fresh());
    const list = entries();
    const manifest = archiveManifest(list);
    const out = join(fresh(), 'downloads/all.zip');
    expect(restoreArchive(manifest.key, out, cache)).toBe(false);
    const made = await writeArchive(list, manifest, out, '2026-01-01T00:00:00.000Z', cache);
    expect(made.cached).toBe(false);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    expect(Object.keys(files)).toEqual(['tidy/1-2-1-tidy.csv', 'metadata/1-2-1-metadata.json', 'manifest.json']);
    const written = JSON.parse(strFromU8(files['manifest.json']!)) as { generated: string; files: { path: string; bytes: number; sha256: string }[] };
    expect(written.generated).toBe('2026-01-01T00:00:00.000Z');
    expect(written.files[0]).toEqual({ path: 'tidy/1-2-1-tidy.csv', bytes: 18, sha256: createHash('sha256').update('Year,Value\n2020,1\n').digest('hex') });
    const again = join(fresh(), 'downloads/all.zip');
    expect(restoreArchive(archiveManifest(entries()).key, again, cache)).toBe(true);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
  });
});

describe('the worker pool', () => {
  const module = new URL('./fixtures/echo-tasks.ts', import.meta.url);

  it('answers each task, on as many threads as it has', async () => {
    const pool = new WorkerPool(module, {}, 2);
    try {
      const answers = await Promise.all([1, 2, 3, 4].map((value) => pool.run<{ echo: number }>({ value })));
      expect(answers.map((a) => a.echo)).toEqual([1, 2, 3, 4]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('passes a task\'s error on with what it said, and goes on', async () => {
    const pool = new WorkerPool(module, {}, 1);
    try {
      const failed = await pool.run({ fail: 'cannot draw' }).catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(TaskError);
      expect((failed as TaskError).message).toBe('cannot draw');
      expect((failed as TaskError).data).toEqual({ svg: 'x.svg' });
      expect(await pool.run<{ echo: string }>({ value: 'next' })).toMatchObject({ echo: 'next' });
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('fails every waiting task when a thread stops, instead of waiting for ever', async () => {
    const pool = new WorkerPool(module, {}, 1);
    try {
      await expect(pool.run({ crash: true })).rejects.toThrow('A build worker stopped (exit code 3).');
      await expect(pool.run({ value: 1 })).rejects.toThrow('A build worker stopped');
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('the search index is fed each page by the file Astro writes it to', () => {
  it.each([
    ['/', 'index.html'],
    ['/goals/1/', 'goals/1/index.html'],
    ['/fr/indicators/1-2-1/data/', 'fr/indicators/1-2-1/data/index.html'],
    ['/404.html', '404.html'],
    ['/ar/%D8%A8/', 'ar/ب/index.html'],
  ])('%s → %s', (path, file) => expect(outputPath(path)).toBe(file));
});

describe('the build profile', () => {
  it('prints each phase with its wall and CPU time, the work inside them by language, and the peak memory', async () => {
    const { BuildProfile } = await import('../../../src/build/profile.ts');
    const profile = new BuildProfile();
    await profile.phase('read and validate', () => undefined);
    await profile.phase('indicator files and all.zip (workers)', async () => undefined, 'Astro');
    profile.add('Astro page renders', 'en', 1.25, 10);
    profile.add('Astro page renders', 'fr', 0.5, 10);
    profile.add('Astro page renders', 'old data versions', 0.25, 3);
    const lines = profile.report().split('\n');
    expect(lines[0]).toBe('Build profile: wall time, CPU time of all threads meanwhile, of the main thread (pages, model) meanwhile, peak memory when the phase ended:');
    expect(lines[1]).toMatch(/^  read and validate +\d+\.\d s +\d+\.\d s CPU +\d+\.\d s main +\d+ MB$/);
    expect(lines[2]).toMatch(/\(beside Astro\)$/);
    expect(lines[3]).toMatch(/^  total +\d+\.\d s +\d+\.\d s CPU +\d+\.\d s main; peak memory \d+ MB$/);
    expect(lines).toContain('    Astro page renders: 2.0 s — en 1.3 s (10), fr 0.5 s (10), old data versions 0.3 s (3)');
  });
});
