/**
 * The git reader on a real repository: tests/fixtures/history-repo replayed as three commits in a temporary
 * folder (tests/history-repo.ts). Revisions, their words, the CSV versions kept (byte for byte), the releases,
 * and every case where there is no history to show or it cannot be read.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeChange } from '../../../src/audiences/revisions/describe.ts';
import { readGitHistory } from '../../../src/site/git-history.ts';
import { commitsOf, makeHistoryRepo } from '../../history-repo.ts';

const FILES = ['1-1-1', '2-1-1', '6-1-1'].map((id) => ({ id, data: `data/indicator_${id}.csv`, meta: [`meta/${id}.md`] }));
const OPTIONS = { keep: 5, releases: 12 };
const repo = makeHistoryRepo();
const temp: string[] = [repo];
const scratch = () => { const d = mkdtempSync(join(tmpdir(), 'git-history-')); temp.push(d); return d; };
afterAll(() => { for (const d of temp) rmSync(d, { recursive: true, force: true }); });

describe('a data repository with three commits', async () => {
  const { history, problem, note } = await readGitHistory(repo, FILES, OPTIONS);
  const [first, second, third] = commitsOf(repo);

  it('is read, with no problem', () => {
    expect(problem).toBeUndefined();
    expect(note).toBeUndefined();
    expect(history?.head).toEqual({ hash: third, short: third!.slice(0, 7), date: '2025-02-03' });
  });

  it('lists each indicator\'s revisions, newest first, in words', () => {
    const h = history!.indicators.get('1-1-1')!;
    expect(h.lastUpdated).toBe('2025-02-03');
    expect(h.revisions.map((r) => [r.date, r.hash, describeChange(r.summary), r.version])).toEqual([
      ['2025-02-03', third, '2023 added, observation status changed for 3 values, unit renamed from “Percentage” to “Percentage (%)”, metadata updated (Source release date 1)', `2025-02-03-${third!.slice(0, 7)}.csv`],
      ['2024-06-10', second, '3 values revised, 2022 added', `2024-06-10-${second!.slice(0, 7)}.csv`],
      ['2024-01-15', first, 'First published: 13 values for 2015–2021', `2024-01-15-${first!.slice(0, 7)}.csv`],
    ]);
    // A metadata-only revision has no CSV version of its own.
    expect(history!.indicators.get('6-1-1')!.revisions.map((r) => [describeChange(r.summary), r.version ?? null])).toEqual([
      ['Metadata updated (Source url 2 and Source periodicity 2)', null],
      ['First published: 6 values for 2020, 2021 and 2022', `2024-01-15-${first!.slice(0, 7)}.csv`],
    ]);
    expect(history!.indicators.get('2-1-1')!.lastUpdated).toBe('2024-01-15');
  });

  it('keeps each CSV version byte for byte', () => {
    const versions = history!.versions.get('1-1-1')!;
    for (const [dir, hash] of [['1', first], ['2', second], ['3', third]] as const) {
      const date = history!.indicators.get('1-1-1')!.revisions.find((r) => r.hash === hash)!.date;
      expect(new TextDecoder().decode(versions.get(`${date}-${hash!.slice(0, 7)}.csv`))).toBe(readFileSync(`tests/fixtures/history-repo/${dir}/data/indicator_1-1-1.csv`, 'utf8'));
    }
  });

  it('groups the changes by release day, with the tag that names one', () => {
    expect(history!.releases.map((r) => [r.date, r.tag ?? null, r.changes.map((c) => c.id)])).toEqual([
      ['2025-02-03', 'v2025.1', ['1-1-1', '6-1-1']],
      ['2024-06-10', null, ['1-1-1']],
      ['2024-01-15', null, ['1-1-1', '2-1-1', '6-1-1']],
    ]);
  });

  it('keeps only the last N revisions and versions when told (revisions.keep), and counts the others', async () => {
    const kept = (await readGitHistory(repo, FILES, { keep: 1, releases: 1 })).history!;
    expect(kept.indicators.get('1-1-1')!.revisions.map((r) => r.date)).toEqual(['2025-02-03']);
    expect(kept.indicators.get('1-1-1')!.earlier).toBe(2);
    expect([...kept.versions.get('1-1-1')!.keys()]).toEqual([`2025-02-03-${third!.slice(0, 7)}.csv`]);
    expect(kept.releases.map((r) => r.date)).toEqual(['2025-02-03']);
  });
});

describe('where there is no history to show', () => {
  it('a data folder inside another repository (the bundled data/uk) has none, and says why in the build log', async () => {
    const r = await readGitHistory(resolve('data/uk'), FILES, OPTIONS);
    expect(r.history).toBeUndefined();
    expect(r.problem).toBeUndefined();
    expect(r.note).toMatch(/^The data folder is inside the git repository .+, not a repository of its own: no revisions are shown\.$/);
  });

  it('a folder that is no repository has none, and nothing is said', async () => {
    expect(await readGitHistory(scratch(), FILES, OPTIONS)).toEqual({});
  });

  it('a shallow clone is a warning: its history is cut short', async () => {
    const clone = join(scratch(), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    expect(await readGitHistory(clone, FILES, OPTIONS)).toEqual({
      problem: {
        severity: 'warning', file: '.git', line: 1,
        message: 'The data repository is a shallow clone: its history is cut short, so revisions are not shown.',
        hint: 'Clone it with its whole history (git fetch --unshallow), e.g. with fetch-depth: 0 in CI.',
      },
    });
  });

  it('a repository git cannot read is a warning, never a crash', async () => {
    const broken = scratch();
    writeFileSync(join(broken, '.git'), 'not a git file\n');
    const { history, problem } = await readGitHistory(broken, FILES, OPTIONS);
    expect(history).toBeUndefined();
    expect(problem?.message).toMatch(/^The data repository's git history cannot be read \(fatal: .+\); revisions are not shown\.$/);
    expect(problem?.hint).toBe('Check that the folder is a working git repository (git status).');
  });

  it('without git installed, a repository that has a history gets a warning', async () => {
    const path = process.env['PATH'];
    process.env['PATH'] = '/nonexistent';
    try {
      expect((await readGitHistory(repo, FILES, OPTIONS)).problem?.message).toBe('The data repository has a git history, but git is not installed; revisions are not shown.');
    } finally {
      process.env['PATH'] = path;
    }
  });

  it('a repository with no commit yet has none', async () => {
    const empty = scratch();
    execFileSync('git', ['init', '-q', empty]);
    expect((await readGitHistory(empty, FILES, OPTIONS)).history).toBeUndefined();
    expect((await readGitHistory(empty, FILES, OPTIONS)).problem).toBeUndefined();
  });
});
