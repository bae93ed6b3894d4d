/**
 * `npm run lighthouse`: Lighthouse's mobile audit (performance and accessibility) of the heaviest indicator
 * pages, served as `npm start` serves them, in Debian's Chromium. Printed, never asserted: the scores depend on
 * the machine (Lighthouse prints its benchmark index; below ~500 the machine was too busy to trust them).
 * Lighthouse is fetched by npx on first use (it is not a dependency of the site).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createSiteApp } from '../src/server/site-app.ts';

const LIGHTHOUSE = 'lighthouse@12.8.2';

function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (status) => resolve({ status, stderr }));
  });
}
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/indicators/1-2-1/', '/indicators/2-c-1/', '/indicators/8-10-1/'];

const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const app = await createSiteApp({ distDir: process.env['DIST_DIR'] ?? 'dist', env: { ...process.env, FEEDBACK_DB: join(out, 'feedback.db') } });
const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
  const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
});
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
try {
  for (const path of pages) {
    const report = join(out, 'report.json');
    // Asynchronous: the server answering Lighthouse runs in this process.
    const run = await runCommand('npx', ['-y', LIGHTHOUSE, `http://127.0.0.1:${port}${path}`, '--quiet', '--only-categories=performance,accessibility',
      '--chrome-flags=--headless=new --no-sandbox', '--output=json', `--output-path=${report}`], {
      ...process.env, CHROME_PATH: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    });
    if (run.status !== 0) {
      console.log(`${path}: Lighthouse failed (${run.stderr.trim().split('\n').pop()})`);
      continue;
    }
    const r = JSON.parse(readFileSync(report, 'utf8'));
    const a = r.audits;
    console.log(`${path}  performance ${r.categories.performance.score}  accessibility ${r.categories.accessibility.score}  ` +
      `LCP ${a['largest-contentful-paint'].displayValue}  TBT ${a['total-blocking-time'].displayValue}  CLS ${a['cumulative-layout-shift'].displayValue}  ` +
      `${a['total-byte-weight'].displayValue.replace('Total size was ', 'transfer ')}  DOM ${a['dom-size'].displayValue}  (benchmark index ${r.environment.benchmarkIndex})`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
  server.close();
}
