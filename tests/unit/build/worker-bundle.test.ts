/**
 * The worker threads' bundle runs from the build cache wherever it is (SDG_CACHE_DIR outside the project, as the
 * bench puts it): the bundle's folder links to this project's node_modules, where its package imports are found.
 */
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildCache } from '../../../src/build/cache.ts';
import { bundledWorker } from '../../../src/build/worker-bundle.ts';

const outside = mkdtempSync(join(tmpdir(), 'worker-bundle-'));

/** What the bundle exports, imported by Node itself from where it lies, as a worker thread does (not by vitest). */
function runInNode(url: URL): { rows: Record<string, string>[]; dotted: string } {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(url.href)}); console.log(JSON.stringify({ ...m }));`], { encoding: 'utf8', cwd: tmpdir() });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { rows: Record<string, string>[]; dotted: string };
}
afterAll(() => rmSync(outside, { recursive: true, force: true }));

describe('bundledWorker', () => {
  it('writes one file into a cache outside the project that imports and runs there', async () => {
    const url = await bundledWorker(new URL('./fixtures/worker-bundle/entry.ts', import.meta.url), new BuildCache(outside));
    const file = fileURLToPath(url);
    expect(file.startsWith(outside)).toBe(true);
    expect(readFileSync(file, 'utf8')).not.toContain('toDotted(id: string)');
    const mod = runInNode(url);
    expect(mod.rows).toEqual([{ id: '1-2-1', value: '19' }]);
    expect(mod.dotted).toBe('1.2.1');
    expect(realpathSync(join(outside, 'workers/node_modules'))).toBe(realpathSync('node_modules'));
  });

  it('mends a link that leads elsewhere (a cache moved between checkouts)', async () => {
    const other = mkdtempSync(join(tmpdir(), 'worker-bundle-moved-'));
    try {
      const elsewhere = mkdtempSync(join(tmpdir(), 'worker-bundle-elsewhere-'));
      mkdirSync(join(other, 'workers'));
      symlinkSync(elsewhere, join(other, 'workers/node_modules'));
      const url = await bundledWorker(new URL('./fixtures/worker-bundle/entry.ts', import.meta.url), new BuildCache(other));
      expect(runInNode(url).dotted).toBe('1.2.1');
      rmSync(elsewhere, { recursive: true, force: true });
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
