/**
 * A served build of a data repository with a git history, for the e2e and accessibility tests of revisions
 * and of where figures come from: tests/fixtures/history-repo replayed as three commits in a temporary folder,
 * built in English and Arabic by `npm run build`'s own script, and served by `npm start`'s, each a child
 * process of the test worker (stopped by its process id when the file's tests are done).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeHistoryRepo } from '../history-repo.ts';

export interface HistorySite { url: string; repo: string; stop(): Promise<void> }

const TSX = 'node_modules/.bin/tsx';

export async function startHistorySite(port: number): Promise<HistorySite> {
  const repo = makeHistoryRepo();
  const dist = join(mkdtempSync(join(tmpdir(), 'history-site-')), 'dist');
  const env = { ...process.env, SDG_DATA_DIR: repo, SDG_LANGUAGES: 'en,ar', DIST_DIR: dist, SITE_URL: `http://127.0.0.1:${port}`, ASTRO_TELEMETRY_DISABLED: '1' };
  const built = spawnSync(TSX, ['scripts/build.ts'], { env, encoding: 'utf8', timeout: 300_000 });
  if (built.status !== 0) throw new Error(`The build of the history fixture failed:\n${built.stdout}\n${built.stderr}`);
  const server: ChildProcess = spawn(TSX, ['scripts/serve.ts'], { env: { ...env, PORT: String(port), HOST: '127.0.0.1', FEEDBACK_DB: join(dist, '..', 'feedback.db') }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch { /* not yet listening */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url, repo,
    async stop() {
      if (server.pid) process.kill(server.pid);
      await new Promise((r) => server.once('exit', r));
      rmSync(repo, { recursive: true, force: true });
      rmSync(join(dist, '..'), { recursive: true, force: true });
    },
  };
}
