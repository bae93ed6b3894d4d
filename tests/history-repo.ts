/**
 * Replays tests/fixtures/history-repo/{1,2,3}/ as three commits of a fresh git repository in a temporary folder
 * (never a .git inside this project): fixed author, committer and dates, so the commit hashes are the same on
 * every machine. Used by the unit tests of the git reader and by the e2e build of a repository with history.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const FIXTURE = resolve('tests/fixtures/history-repo');

export const HISTORY_COMMITS = [
  { dir: '1', date: '2024-01-15T09:00:00+00:00', message: 'First publication of 1.1.1, 2.1.1 and 6.1.1' },
  { dir: '2', date: '2024-06-10T09:00:00+00:00', message: '1.1.1: provisional 2022 figures, 2020 and 2021 revised' },
  { dir: '3', date: '2025-02-03T09:00:00+00:00', message: '1.1.1: 2023 estimates, 2022 final; 6.1.1 source details', tag: 'v2025.1' },
] as const;

const IDENTITY = ['-c', 'user.name=Testland NSO', '-c', 'user.email=data@testland.example', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', '-c', 'core.autocrlf=false', '-c', 'init.defaultBranch=main'];

function git(cwd: string, args: string[], date?: string): string {
  return execFileSync('git', [...IDENTITY, ...args], {
    cwd, encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
  });
}

/** A new repository with the fixture's three commits (the first `count` of them); returns its folder. */
export function makeHistoryRepo(count = HISTORY_COMMITS.length, dir = mkdtempSync(join(tmpdir(), 'history-repo-'))): string {
  git(dir, ['init', '-q']);
  for (const c of HISTORY_COMMITS.slice(0, count)) {
    cpSync(join(FIXTURE, c.dir), dir, { recursive: true });
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', c.message], c.date);
    if ('tag' in c) git(dir, ['tag', c.tag], c.date);
  }
  return dir;
}

/** The commit hashes, oldest first. */
export const commitsOf = (dir: string) => git(dir, ['log', '--reverse', '--format=%H']).trim().split('\n');
