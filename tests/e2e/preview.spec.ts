/**
 * The editors' preview (`npm run dev`) on a temporary copy of a small repository, with content of its own: a saved
 * change to a CSV, a metadata file, a story and a concept shows on the open page without reloading it by hand,
 * and a broken value shows as a located problem in a banner on the page and in the terminal, without stopping
 * the server. Limits are generous (a busy machine starts the dev server in 5-20 s); how long each change took to
 * show is printed. On a busy machine the first page takes most of the time (Vite compiles it on request).
 */
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = 4300 + (process.pid % 90);
const BASE = `http://127.0.0.1:${PORT}`;
const STORY = `---
title: "Maternal deaths in Testland"
summary: "A story written for the preview test."
date: 2026-01-15
authors: [Preview test]
goals: [3]
indicators: [3-1-1]
audience: [public]
---

Fewer mothers die in Testland than ten years ago.
`;

let dir: string;
let server: ChildProcess;
let output = '';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(360_000);
  dir = mkdtempSync(join(tmpdir(), 'preview-'));
  cpSync('tests/fixtures/small-repo', join(dir, 'repo'), { recursive: true });
  cpSync('content/concepts', join(dir, 'content/concepts'), { recursive: true });
  mkdirSync(join(dir, 'content/stories'));
  writeFileSync(join(dir, 'content/stories/maternal-deaths.mdx'), STORY);
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts', join(dir, 'repo')], {
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', CONTENT_DIR: join(dir, 'content'), FEEDBACK_DB: join(dir, 'feedback.db'), FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  server.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  // Ready when the first page renders (Vite compiles on the first request).
  const started = Date.now();
  for (;;) {
    if (server.exitCode !== null) throw new Error(`npm run dev stopped:\n${output}`);
    const ok = await fetch(`${BASE}/indicators/3-1-1/`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() - started > 300_000) throw new Error(`npm run dev did not answer in 300 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
  rmSync(dir, { recursive: true, force: true });
});

/** Rewrites a file of the temporary copy; resolves to the time the change was saved. */
function edit(path: string, change: (text: string) => string): number {
  const file = join(dir, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  expect(after, `${path} changed`).not.toBe(before);
  writeFileSync(file, after);
  return Date.now();
}

/** Opens a page; a late reload of the page open before (from the last change) may interrupt the navigation once. */
async function open(page: Page, path: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(`${BASE}${path}`);
      return;
    } catch (error) {
      if (attempt >= 3 || !/ERR_ABORTED|interrupted by another navigation|frame was detached/.test(String(error))) throw error;
    }
  }
}

/** Waits for `text` on the open page (never reloaded here: the preview reloads it) and says how long it took. */
async function showsUp(page: Page, text: string, since: number, what: string) {
  await expect(page.locator('body')).toContainText(text, { timeout: 30_000 });
  const seconds = (Date.now() - since) / 1000;
  test.info().annotations.push({ type: 'live reload', description: `${what}: ${seconds.toFixed(1)} s` });
  console.log(`preview: ${what} showed in ${seconds.toFixed(1)} s`);
}

test('a saved CSV value, metadata text, story and concept show on the open page', async ({ page }) => {
  await open(page, '/indicators/3-1-1/');
  await expect(page.locator('body')).not.toContainText('42.7');
  await showsUp(page, '42.7', edit('repo/data/indicator_3-1-1.csv', (csv) => csv.replace('2015,,"Deaths per 100,000 live births",9.2', '2015,,"Deaths per 100,000 live births",42.7')), 'CSV value');
  await showsUp(page, 'Maternal deaths registered in Testland and checked twice.', edit('repo/meta/3-1-1.md', (md) => md.replace('Maternal deaths registered in Testland.', 'Maternal deaths registered in Testland and checked twice.')), 'metadata text');

  await open(page, '/stories/maternal-deaths/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maternal deaths in Testland');
  await showsUp(page, 'Fewer mothers die in Testland than twenty years ago.', edit('content/stories/maternal-deaths.mdx', (mdx) => mdx.replace('ten years ago', 'twenty years ago')), 'story');

  await open(page, '/concepts/administrative-data/');
  await showsUp(page, 'such as registering births or marriages', edit('content/concepts/administrative-data.yml', (yml) => yml.replace('such as registering births', 'such as registering births or marriages')), 'concept');
});

test('a broken value shows as a located problem on the page and in the terminal, and goes when fixed', async ({ page }) => {
  await open(page, '/indicators/3-1-1/');
  await expect(page.locator('[data-preview-problems]')).toHaveCount(0);
  const located = 'data/indicator_3-1-1.csv:3: error: Column "Value": expected a number, received "n/a".';
  const saved = edit('repo/data/indicator_3-1-1.csv', (csv) => csv.replace('2016,,"Deaths per 100,000 live births",8.6', '2016,,"Deaths per 100,000 live births",n/a'));
  const banner = page.locator('[data-preview-problems="errors"]');
  await expect(banner).toContainText(located, { timeout: 30_000 });
  console.log(`preview: the problem showed in ${((Date.now() - saved) / 1000).toFixed(1)} s`);
  await expect(banner.getByRole('heading')).toHaveText('1 problem stops the build');
  await expect(banner).toContainText('Hint: Leave the cell empty for a missing value');
  await expect.poll(() => output, { timeout: 10_000 }).toContain(`repo/${located}`);
  expect(output).toContain('1 error, 0 warnings: the build would stop.');

  // The server kept going: the page still renders, and fixing the value clears the banner.
  edit('repo/data/indicator_3-1-1.csv', (csv) => csv.replace(',n/a', ',8.6'));
  await expect(page.locator('[data-preview-problems]')).toHaveCount(0, { timeout: 30_000 });
  await expect.poll(() => output, { timeout: 10_000 }).toContain('1 problem fixed.');
  expect(server.exitCode).toBeNull();
});

test('the feedback function answers on the preview, as on npm start', async ({ request }) => {
  const res = await request.post(`${BASE}/api/feedback`, { data: { page: '/indicators/3-1-1/', useful: 'yes' } });
  expect(res.status()).toBe(201);
  expect((await res.json()).id).toMatch(/^[0-9a-f-]{36}$/);
});
