/**
 * Click-to-usable of the explorer, for `npm run bench`: the time from pressing "Explore the data" to the
 * moment its controls are on the screen and the chart is drawn by the explorer, in Debian's Chromium, on an
 * unthrottled desktop and on a throttled phone profile (4× slower CPU, "Fast 3G": 562.5 ms latency,
 * 1.44 Mbit/s down, as in Chrome's DevTools). The median of a few runs, each in a fresh browser context
 * (cold cache), printed never asserted.
 *
 * Also what the first interaction transfers: every response from the moment the pointer reaches the button
 * (which starts the fetches) until the explorer is usable, in bytes on the wire as Chromium's network events
 * count them (encodedDataLength: compressed body and headers), served by `npm start`'s server with its
 * precompressed copies.
 */
import { serve } from '@hono/node-server';
import { chromium, type Browser } from '@playwright/test';
import { brotliCompressSync } from 'node:zlib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSiteApp } from '../src/server/site-app.ts';
import { openSqliteStore } from '../src/functions/store/sqlite.ts';
import { chunksFor, explorerFiles, skeletonOf, type ExplorerIndex } from '../src/charts/explorer-data.ts';
import { nestDimensions, type ExplorerData } from '../src/charts/time-series.ts';

interface Profile { name: string; cpu: number; network?: { latency: number; downloadThroughput: number; uploadThroughput: number } }

export const PROFILES: Profile[] = [
  { name: 'desktop, unthrottled', cpu: 1 },
  { name: 'phone: 4× CPU, Fast 3G', cpu: 4, network: { latency: 562.5, downloadThroughput: (1.44 * 1024 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 } },
];

async function clickToUsable(browser: Browser, url: string, profile: Profile): Promise<number> {
  const context = await browser.newContext({ viewport: profile.cpu > 1 ? { width: 390, height: 844 } : { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const button = page.getByRole('button', { name: 'Explore the data' });
  await button.waitFor({ state: 'visible', timeout: 60_000 });
  const started = Date.now();
  await button.click();
  // Usable: the form is shown and the explorer has drawn its chart (the status line says what is shown).
  await page.getByRole('form', { name: 'Choose what the chart shows' }).waitFor({ state: 'visible', timeout: 120_000 });
  await page.locator('[data-chart-area].is-exploring').waitFor({ timeout: 120_000 });
  await page.getByRole('status').filter({ hasText: /^Showing/ }).first().waitFor({ timeout: 120_000 });
  const ms = Date.now() - started;
  await context.close();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The first interaction's transfer target (issue 13): JavaScript and data, compressed, in all. */
export const FIRST_INTERACTION_TARGET_KB = 150;

interface Transfer { scripts: number; data: number; other: number; encodings: string[] }

/** Bytes on the wire from the pointer reaching "Explore the data" to a usable explorer, by kind, cold cache. */
async function firstInteraction(browser: Browser, url: string): Promise<Transfer> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let counting = false;
  const kinds = new Map<string, { type: string; encoding: string }>();
  const transfer: Transfer = { scripts: 0, data: 0, other: 0, encodings: [] };
  cdp.on('Network.responseReceived', (e) => {
    if (!counting) return;
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    kinds.set(e.requestId, { type: e.type, encoding: headers['content-encoding'] ?? 'identity' });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const kind = kinds.get(e.requestId);
    if (!kind) return;
    const key = kind.type === 'Script' ? 'scripts' : kind.type === 'Fetch' || kind.type === 'XHR' ? 'data' : 'other';
    transfer[key] += e.encodedDataLength;
    if (!transfer.encodings.includes(kind.encoding)) transfer.encodings.push(kind.encoding);
  });
  await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
  const button = page.getByRole('button', { name: 'Explore the data' });
  await button.waitFor({ state: 'visible', timeout: 60_000 });
  counting = true;
  await button.click();
  await page.locator('[data-chart-area].is-exploring').waitFor({ timeout: 120_000 });
  await page.getByRole('status').filter({ hasText: /^Showing/ }).first().waitFor({ timeout: 120_000 });
  // Responses still arriving (none should be) are counted too.
  await page.waitForLoadState('networkidle');
  await context.close();
  return transfer;
}

/** Rows for the bench table: what the first interaction of each indicator transfers, beside the target. */
export async function transferRows(browser: Browser, base: string, ids = ['8-5-1']): Promise<[string, string, string][]> {
  const rows: [string, string, string][] = [];
  for (const id of ids) {
    const t = await firstInteraction(browser, `${base}/indicators/${id}/`);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    rows.push([
      `explorer first interaction, ${id}: bytes transferred`,
      `${kb(t.scripts + t.data + t.other)} (JS ${kb(t.scripts)}, data ${kb(t.data)}${t.other ? `, other ${kb(t.other)}` : ''}; ${t.encodings.join(', ')})`,
      `target ≤ ${FIRST_INTERACTION_TARGET_KB} KB compressed, JS + data; Chromium network events, npm start's server, cold cache`,
    ]);
  }
  return rows;
}

/**
 * A million-row indicator (2,000 areas × 5 ages × 4 sexes × 25 years, one series and unit), written as the build
 * writes the explorer's files: the index and what one view fetches, brotli-compressed as npm start sends them.
 */
export function millionRowRows(): [string, string, string][] {
  const years = Array.from({ length: 25 }, (_, i) => String(2000 + i));
  const timeSeries = Array.from({ length: 2000 }, (_, a) => `E${String(a).padStart(8, '0')}`).flatMap((area, a) =>
    ['0-15', '16-24', '25-49', '50-64', '65+'].flatMap((age) => ['All', 'Female', 'Male', 'Other'].map((sex) => ({
      unit: 'Rate', geoCode: area, dimensions: { Area: area, Age: age, Sex: sex },
      observations: years.map((year, y) => ({ year, value: Math.round((a * 7 + y * 13) % 1000) / 10 })),
    }))));
  const data: ExplorerData = { dimensions: ['Area', 'Age', 'Sex'], series: [], units: ['Rate'], years, timeSeries };
  const started = performance.now();
  let n = 0;
  const files = explorerFiles(data, () => `c-${n++}.json`);
  const ms = performance.now() - started;
  const index = JSON.parse(files.index) as ExplorerIndex;
  const skeleton = skeletonOf(index);
  const view = chunksFor(index, skeleton, { unit: 'Rate', dims: { Area: ['E00000042'], Age: ['16-24'], Sex: ['Female', 'Male'] } }, nestDimensions(data.dimensions, skeleton.timeSeries));
  const br = (text: string) => brotliCompressSync(text).length / 1024;
  const viewKb = view.reduce((sum, c) => sum + br(files.chunks[c]!.text), 0);
  return [[
    'explorer data, a 1,000,000-row indicator',
    `index ${br(files.index).toFixed(0)} KB, a view ${viewKb.toFixed(0)} KB (${view.length} of ${files.chunks.length} chunks), brotli`,
    `written in ${(ms / 1000).toFixed(1)} s; fetched per selection, never as one file`,
  ]];
}

/** Rows for the bench table: per indicator and profile, the median click-to-usable in seconds. */
export async function explorerRows(distDir: string, ids = ['1-2-1', '8-5-1'], runs = 3): Promise<[string, string, string][]> {
  // A feedback store of its own (the pages post page views), closed at the end: the bench leaves nothing in the
  // project's database and no thread running.
  const scratch = mkdtempSync(join(tmpdir(), 'explorer-bench-'));
  const store = await openSqliteStore(join(scratch, 'feedback.db'));
  const app = await createSiteApp({ distDir, feedback: { store } });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const rows: [string, string, string][] = [...millionRowRows()];
  try {
    rows.push(...(await transferRows(browser, `http://127.0.0.1:${port}`)));
    for (const profile of PROFILES) {
      for (const id of ids) {
        const times: number[] = [];
        for (let i = 0; i < runs; i++) times.push(await clickToUsable(browser, `http://127.0.0.1:${port}/indicators/${id}/`, profile));
        rows.push([`explorer click-to-usable, ${id} (${profile.name})`, `${(median(times) / 1000).toFixed(2)} s`, `median of ${runs}, cold cache`]);
      }
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
    await store.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [name, value, note] of await explorerRows(process.env['DIST_DIR'] ?? 'dist')) console.log(`${name}  ${value}   (${note})`);
}
