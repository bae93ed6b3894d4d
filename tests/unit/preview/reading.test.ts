/** The editors' preview reads a repository again after a change, reports what changed, and survives a failed reading. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeReport, fullReport, readAgain } from '../../../src/preview/reading.ts';
import { isWatchedChange } from '../../../src/preview/dev-server.ts';
import { getSite } from '../../../src/site/site-data.ts';

let dir: string;
let repo: string;
const saved = { ...process.env };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'preview-reading-'));
  repo = join(dir, 'repo');
  cpSync('tests/fixtures/small-repo', repo, { recursive: true });
  process.env['SDG_DATA_DIR'] = repo;
  delete process.env['SDG_LANGUAGES'];
});
afterAll(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

const csv = () => join(repo, 'data/indicator_3-1-1.csv');
const valueOf2016 = () => getSite().indicators.find((i) => i.id === '3-1-1')!.data!.observations.find((o) => o.year === '2016' && !Object.keys(o.dims).length)!.value;

describe('readAgain', () => {
  it('reads the repository again after a change, and reports each new problem located', async () => {
    const first = await readAgain();
    expect(first.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(first.verdict).toBe(`${repo}: 2 indicators, 0 errors, 0 warnings: ready to build.`);
    expect(fullReport(first)).toBe(first.verdict);
    expect(valueOf2016()).toBe(8.6);

    writeFileSync(csv(), readFileSync(csv(), 'utf8').replace('live births",8.6', 'live births",n/a'));
    const broken = await readAgain([csv()]);
    expect(changeReport(first, broken).split('\n')).toEqual([
      `${repo}/data/indicator_3-1-1.csv:3: error: Column "Value": expected a number, received "n/a". Hint: Leave the cell empty for a missing value; put notes in COMMENT_OBS.`,
      `${repo}: 2 indicators, 1 error, 0 warnings: the build would stop.`,
    ]);

    writeFileSync(csv(), readFileSync(csv(), 'utf8').replace('live births",n/a', 'live births",7.5'));
    const fixed = await readAgain([csv()]);
    expect(changeReport(broken, fixed).split('\n')).toEqual(['1 problem fixed.', `${repo}: 2 indicators, 0 errors, 0 warnings: ready to build.`]);
    expect(valueOf2016()).toBe(7.5);
  });

  it('keeps the last good reading when the repository cannot be read at all', async () => {
    await readAgain();
    const failed = await readAgain([csv()], () => Promise.reject(new Error('EACCES: permission denied, scandir \'/srv/repo/meta\'')));
    expect(failed.failure).toBe("EACCES: permission denied, scandir '/srv/repo/meta'");
    expect(failed.verdict).toBe(`${repo}: could not be read (EACCES: permission denied, scandir '/srv/repo/meta'); the pages show the last reading that worked.`);
    expect(failed.problems).toEqual([]);
    expect(valueOf2016()).toBe(7.5);
  });
});

describe('isWatchedChange', () => {
  const dirs = ['/srv/repo', '/srv/content/stories'];
  it.each([
    ['/srv/repo/data/indicator_1-2-1.csv', true],
    ['/srv/repo/meta/fr/1-2-1.md', true],
    ['/srv/content/stories/energy.mdx', true],
    ['/srv/repo/.git/index', false],
    ['/srv/repo/meta/1-2-1.md~', false],
    ['/srv/repo/meta/.1-2-1.md.swp', false],
    ['/srv/repository-old/data/x.csv', false],
    ['/srv/other/x.csv', false],
  ])('%s: %s', (file, expected) => {
    expect(isWatchedChange(dirs, file)).toBe(expected);
  });
});
