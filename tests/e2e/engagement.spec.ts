/**
 * The engagement counts end to end: the beacon on real pages (a page view, a download, a search that found nothing)
 * reaches the staff dashboard; Do Not Track sends nothing; the privacy page names every stored column; axe on the
 * dashboard and on "How the portal is used" in English and Arabic at phone and desktop widths; the public page
 * without JavaScript.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from '../a11y/axe-check.ts';
import { MIGRATIONS } from '../../src/functions/store/migrations.ts';
import { ar } from '../../src/i18n/ar.ts';
import { en } from '../../src/i18n/en.ts';

const ADMIN = { Authorization: 'Bearer e2e-admin-token' };
const WIDTHS = [390, 1280];

/** Resolves when the beacon's request for `kind` has been answered (sendBeacon does not wait, the test does). */
const beaconSent = (page: Page, kind: string) =>
  page.waitForResponse((r) => r.url().endsWith('/api/engagement') && r.request().method() === 'POST' && (r.request().postData() ?? '').includes(`kind=${kind}`));

async function signIn(page: Page, path = '/staff/') {
  await page.goto(path);
  await page.locator('#staff-token').fill('e2e-admin-token');
  await page.locator('#staff-token').press('Enter');
  await expect(page.locator('#engagement-body')).toBeVisible();
}

/** Letters only (digits in a search are kept, but nine or more become "[number]"). */
const uniqueWords = () => `zq${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 8)}x`;

test('a page view, a download and a search that found nothing show up on the staff dashboard', async ({ page, request }) => {
  const views = async () => {
    const body = await (await request.get('/api/engagement?top=500', { headers: ADMIN })).json();
    return (body.pages as { page: string; views: number }[]).find((p) => p.page === '/indicators/1-2-1/data/')?.views ?? 0;
  };
  const before = await views();

  const view = beaconSent(page, 'view');
  await page.goto('/indicators/1-2-1/data/');
  expect((await view).status()).toBe(204);
  const download = beaconSent(page, 'download');
  const file = page.waitForEvent('download');
  // The CSV as published (the tidy CSV of data published as CSV is in all.zip; see README, "Downloads").
  await page.locator('a[href$="/downloads/indicator_1-2-1.csv"]').first().click();
  await file;
  expect((await download).status()).toBe(204);

  const words = uniqueWords();
  const search = beaconSent(page, 'search');
  await page.goto(`/search/?q=${words}`);
  await expect(page.locator('.pagefind-ui__message')).toBeVisible();
  expect((await search).request().postData()).toBe(`kind=search&query=${words}&found=no`);
  expect(await views()).toBeGreaterThan(before);

  await signIn(page);
  const panel = page.locator('#engagement');
  await expect(panel.locator('#engagement-pages')).toContainText('/indicators/1-2-1/data/');
  await expect(panel.locator('#engagement-downloads')).toContainText('/downloads/indicator_1-2-1.csv');
  await expect(panel.locator('#engagement-emptySearches tr', { hasText: words })).toContainText('1');
  await expect(panel.locator('#engagement-searches tr', { hasText: words })).toBeVisible();
  // Each chart is named and described by a sentence from its data.
  const chart = panel.locator('svg[role="img"]').first();
  await expect(chart).toHaveAccessibleName('Page views per day');
  await expect(chart).toHaveAccessibleDescription(/^Page views per day from .+: [\d,]+ in all; highest [\d,]+ \(.+\), lowest 0 \(.+\)\.$/);

  const csv = page.waitForEvent('download');
  await panel.getByRole('button', { name: en['engagement.staff.csv'] }).click();
  const saved = await (await csv).path();
  const text = (await import('node:fs')).readFileSync(saved, 'utf8');
  expect(text.split('\r\n')[0]).toBe('day,kind,key,count');
  expect(text).toContain(`,search-empty,${words},1`);
});

test('the interactive chart counts its use: which indicator, which view', async ({ page }) => {
  await page.goto('/indicators/1-2-1/');
  const opened = beaconSent(page, 'explorer');
  await page.getByRole('button', { name: 'Explore the data' }).click();
  expect((await opened).request().postData()).toBe('kind=explorer&indicator=1-2-1&view=chart');
});

test('an embed shown on another site counts that site’s origin only', async ({ page, baseURL }) => {
  // A newsroom's server of its own; the embed comes from the portal under another name (localhost), as a frame
  // from another origin would.
  const embed = `${baseURL!.replace('127.0.0.1', 'localhost')}/embed/1-2-1/`;
  const server: Server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    .end(`<!doctype html><html lang="en"><title>Article</title><p>Story.</p><iframe title="Chart" src="${embed}"></iframe>`));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const newsroom = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const shown = beaconSent(page, 'embed');
    await page.goto(`${newsroom}/2026/12/story-about-jane-doe/`);
    const sent = (await shown).request().postData();
    expect(sent).toBe(new URLSearchParams({ kind: 'embed', origin: newsroom }).toString());
    expect(sent).not.toContain('jane');
  } finally {
    server.close();
  }
});

test('with Do Not Track, the beacon sends nothing', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' }));
  const sent: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/api/engagement')) sent.push(r.url()); });
  await page.goto('/status/');
  await page.goto('/goals/1/');
  await page.waitForTimeout(500);
  expect(sent).toEqual([]);
});

test('the privacy page lists every column the counters table stores', async ({ page }) => {
  const create = MIGRATIONS.find((m) => m.name === 'create engagement counters')!.sqlite[0]!;
  const columns = [...create.matchAll(/^\s+(\w+) (?:TEXT|INTEGER)/gm)].map((m) => m[1] === 'item' ? 'key' : m[1]);
  expect(columns).toEqual(['day', 'kind', 'key', 'count']);
  for (const path of ['/privacy/', '/ar/privacy/']) {
    await page.goto(path);
    expect(await page.locator('[data-stored-fields] dt').allTextContents()).toEqual(columns);
  }
  await expect(page.locator('#counting')).toHaveText(ar['engagement.privacy.title']);
});

test('"How the portal is used" shows the monthly totals, and is linked from every footer', async ({ page }) => {
  await page.goto('/status/');
  await page.locator('footer').getByRole('link', { name: en['engagement.footer.usage'] }).click();
  await expect(page).toHaveURL(/\/usage\/$/);
  await expect(page.locator('#usage-table tbody tr').first()).toBeVisible();
  const views = Number((await page.locator('#usage-table tbody tr').first().locator('td').first().textContent())!.replace(/\D/g, ''));
  expect(views).toBeGreaterThan(0);
  await expect(page.locator('#usage-chart svg[role="img"]')).toHaveAccessibleName(en['engagement.usage.chart']);
  // The sentence under the chart is its description (with one month so far: "Page views per month, December 2026 (so far): 7.").
  const sentence = (await page.locator('#usage-chart-text').textContent())!;
  expect(sentence).toMatch(/^Page views per month(, | from ).+: [\d,]+( in all; highest .+)?\.$/);
  await expect(page.locator('#usage-chart svg[role="img"]')).toHaveAccessibleDescription(sentence);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('"How the portal is used" says why there are no figures and links them as CSV', async ({ page, request }) => {
    await page.goto('/usage/');
    await expect(page.locator('noscript')).toHaveCount(1);
    const link = page.getByRole('link', { name: en['engagement.usage.csv'] }).first();
    const href = await link.getAttribute('href');
    const res = await request.get(href!);
    expect(res.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect((await res.text()).split('\n')[0]).toBe('month,complete,views,downloads,searches,explorer,embeds');
  });
});

for (const width of WIDTHS) {
  for (const prefix of ['', '/ar']) {
    test(`axe: the staff dashboard and "How the portal is used" at ${width} px${prefix ? ' in Arabic' : ''}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await signIn(page, `${prefix}/staff/`);
      // The tables of each chart are open, so axe sees them too.
      for (const details of await page.locator('#engagement-trends details').all()) await details.locator('summary').click();
      await expectNoViolations(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
      await page.goto(`${prefix}/usage/`);
      await expect(page.locator('#usage-body')).toBeVisible();
      await expectNoViolations(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    });
  }
}
