/**
 * The preview's reading cache gives the answers the steps would give: a repository read with it, read again with
 * it, and read without it, yields the same model and the same problems; a changed file is read afresh.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSites } from '../../../src/pipeline/index.ts';
import { keepReadings } from '../../../src/pipeline/reading-cache.ts';
import { repositoryFiles } from '../../../src/site/node-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'reading-cache-'));
afterAll(() => {
  keepReadings(false);
  rmSync(dir, { recursive: true, force: true });
});

const read = async (root: string) => {
  const at = { root, frameworkRoot: 'data/sdg-framework', languages: ['en', 'fr'] };
  const { site, models } = await loadSites(at, repositoryFiles(at));
  return JSON.parse(JSON.stringify({ site, fr: models.get('fr') }));
};

describe.each(['tests/fixtures/national-repo', 'tests/fixtures/broken-repo', 'tests/fixtures/small-repo'])('%s', (fixture) => {
  it('reads the same with the cache, again with it, and without it', async () => {
    const root = join(dir, fixture.split('/').pop()!);
    cpSync(fixture, root, { recursive: true });
    keepReadings(false);
    const plain = await read(root);
    keepReadings();
    const first = await read(root);
    const again = await read(root);
    expect(first).toEqual(plain);
    expect(again).toEqual(plain);
    expect(again.site.problems).toEqual(plain.site.problems);
    expect(plain.site.indicators.length).toBeGreaterThan(0);
  });
});

it('reads a changed file afresh, with its new problems', async () => {
  const root = join(dir, 'changing');
  cpSync('tests/fixtures/small-repo', root, { recursive: true });
  keepReadings();
  await read(root);
  const csv = join(root, 'data/indicator_3-1-1.csv');
  writeFileSync(csv, readFileSync(csv, 'utf8').replace('live births",8.6', 'live births",n/a'));
  const changed = await read(root);
  expect(changed.site.problems.filter((p: { severity: string }) => p.severity === 'error').map((p: { file: string; line: number; message: string }) => `${p.file}:${p.line}: ${p.message}`))
    .toEqual(['data/indicator_3-1-1.csv:3: Column "Value": expected a number, received "n/a".']);
  keepReadings(false);
  expect(await read(root)).toEqual(changed);
});
