/**
 * Reads the data repository's git history through the git command line (no shell: arguments as an array):
 * one `git rev-parse` to see whether the data folder is the top of its own work tree with full history, one
 * `git log` over the data folders, and one `git cat-file --batch` for the blobs of the revisions shown. A folder
 * inside another repository (the bundled data/uk inside this project's), a shallow clone or no repository at
 * all has no history to show; a repository git cannot read is a warning, never a crash.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HistoryOptions, RepoHistory } from '../schemas/history.ts';
import type { Problem } from '../schemas/problem.ts';
import { LOG_FORMAT, parseCatFileBatch, parseGitLog } from '../pipeline/history/git-output.ts';
import { buildHistory, planHistory, type IndicatorFiles } from '../pipeline/history/revisions.ts';

/** Environment for git: no pager, no prompts, messages in English (they are quoted in warnings). */
const env = () => ({ ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' });
const MAX_OUTPUT = 512 * 1024 * 1024;

function git(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, env: env(), maxBuffer: MAX_OUTPUT, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { stderr: String(stderr) }));
      else resolve(stdout);
    });
  });
}

/** `git cat-file --batch`: every blob asked for, in one process. */
function catFile(cwd: string, ids: readonly string[]): Promise<Map<string, Uint8Array>> {
  if (ids.length === 0) return Promise.resolve(new Map());
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, env: env(), stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => { stderr += String(c); });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(parseCatFileBatch(new Uint8Array(Buffer.concat(chunks)))) : reject(new Error(stderr.trim() || `git cat-file exited with ${code}`))));
    child.stdin.end(`${ids.join('\n')}\n`);
  });
}

const HISTORY_FILE = '.git';
const warning = (message: string, hint: string): Problem => ({ severity: 'warning', file: HISTORY_FILE, line: 1, message, hint });
const firstLine = (e: unknown) => String((e as { stderr?: string }).stderr || (e as Error).message || e).trim().split('\n')[0];

export interface HistoryResult {
  history?: RepoHistory;
  /** Why the history could not be read, where there is one that should have been. */
  problem?: Problem;
  /** Why there is none, for the build log (not a problem: most data folders have no history of their own). */
  note?: string;
}

/** The history of `root`'s data, or why there is none. */
export async function readGitHistory(root: string, files: readonly IndicatorFiles[], opts: HistoryOptions): Promise<HistoryResult> {
  const ownRepository = existsSync(join(root, '.git'));
  let top: string;
  let shallow: string;
  try {
    [top = '', shallow = ''] = (await git(root, ['rev-parse', '--show-toplevel', '--is-shallow-repository'])).trim().split('\n');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      return ownRepository ? { problem: warning('The data repository has a git history, but git is not installed; revisions are not shown.', 'Install git (e.g. apt-get install git) on the machine that builds the site.') } : {};
    }
    if (!ownRepository) return {};
    return { problem: warning(`The data repository's git history cannot be read (${firstLine(e)}); revisions are not shown.`,
      /dubious ownership/.test(String((e as { stderr?: string }).stderr)) ? `Run: git config --global --add safe.directory ${root}` : 'Check that the folder is a working git repository (git status).') };
  }
  if (realpathSync(top) !== realpathSync(root)) return { note: `The data folder is inside the git repository ${top}, not a repository of its own: no revisions are shown.` };
  if (shallow === 'true') {
    return { problem: warning('The data repository is a shallow clone: its history is cut short, so revisions are not shown.', 'Clone it with its whole history (git fetch --unshallow), e.g. with fetch-depth: 0 in CI.') };
  }
  const folders = [...new Set(files.flatMap((f) => [f.data, ...f.meta]).filter((p): p is string => !!p).map((p) => dirname(p)))].sort();
  if (folders.length === 0) return {};
  try {
    const log = await git(root, ['log', '--first-parent', '--diff-merges=first-parent', '--raw', '--no-abbrev', '--no-renames', '-z', `--format=${LOG_FORMAT}`, 'HEAD', '--', ...folders]);
    const planned = planHistory(parseGitLog(log), files, opts);
    if (!planned) return { note: 'The data repository has no commits yet: no revisions are shown.' };
    return { history: buildHistory(planned.plan, await catFile(root, [...planned.blobs])) };
  } catch (e) {
    if (/does not have any commits|unknown revision|bad (default )?revision 'HEAD'/.test(String((e as { stderr?: string }).stderr))) return { note: 'The data repository has no commits yet: no revisions are shown.' };
    return { problem: warning(`The data repository's git history cannot be read (${firstLine(e)}); revisions are not shown.`, 'Check the repository with git log and git fsck.') };
  }
}
