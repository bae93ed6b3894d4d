/**
 * Revisions and where figures come from, on a served build of a repository with three commits (built by
 * history-site.ts in this file's worker): each indicator's revisions in words with the older CSVs downloadable,
 * the "What changed" page and feed, the citizen-generated source labelled on every view and filterable on the
 * goal and search pages, its series drawn dashed; axe on each changed template in English and Arabic.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoViolations } from '../a11y/axe-check.ts';
import { openFilter } from './search-filters.ts';
import { startHistorySite, type HistorySite } from './history-site.ts';
import { commitsOf } from '../history-repo.ts';

const PORT = Number(process.env['E2E_HISTORY_PORT'] ?? 4397);
let site: HistorySite;
let hashes: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(300_000);
  site = await startHistorySite(PORT);
  hashes = commitsOf(site.repo).map((h) => h.slice(0, 7));
});
test.afterAll(async () => { await site?.stop(); });
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

const SCREENS = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;

for (const screen of SCREENS) {
  test.describe(`${screen.name}`, () => {
    test.use({ viewport: screen.viewport });

    test('an indicator lists its revisions in words, newest first, with the CSV each one left', async ({ page, request }) => {
      await page.goto('/indicators/1-1-1/');
      await expect(page.locator('.summary')).toContainText('Last updated3 February 2025');
      const items = page.locator('#revisions + p + ol.revisions > li');
      await expect(items).toHaveCount(3);
      await expect(items.nth(0)).toContainText(`3 February 2025 revision ${hashes[2]}`);
      await expect(items.nth(0).locator('.what')).toHaveText('2023 added, observation status changed for 3 values, unit renamed from “Percentage” to “Percentage (%)”, metadata updated (Release date)');
      await expect(items.nth(0)).toContainText('(the current version)');
      await expect(items.nth(1).locator('.what')).toHaveText('3 values revised, 2022 added');
      await expect(items.nth(2).locator('.what')).toHaveText('First published: 13 values for 2015–2021');
      const oldest = items.nth(2).getByRole('link', { name: 'The data as of 15 January 2024 (CSV)' });
      await expect(oldest).toHaveAttribute('href', `/downloads/versions/1-1-1/2024-01-15-${hashes[0]}.csv`);
      const csv = await request.get((await oldest.getAttribute('href'))!);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect(await csv.text()).toBe(readFileSync('tests/fixtures/history-repo/1/data/indicator_1-1-1.csv', 'utf8'));
      const middle = await request.get(`/downloads/versions/1-1-1/2024-06-10-${hashes[1]}.csv`);
      expect(await middle.text()).toBe(readFileSync('tests/fixtures/history-repo/2/data/indicator_1-1-1.csv', 'utf8'));
      await page.getByRole('link', { name: 'What changed across the site' }).click();
      await expect(page).toHaveURL(/\/changes\/$/);
    });

    test('the citation carries the version date', async ({ page }) => {
      await page.goto('/indicators/1-1-1/media/');
      await expect(page.locator('#citation-text')).toContainText('Version of 2025-02-03.');
      await expect(page.locator('#citation-bibtex')).toContainText('version = {2025-02-03},');
    });

    test('"What changed" lists each release, newest first, and its feed has one entry per release', async ({ page, request }) => {
      await page.goto('/changes/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed');
      await expect(page.locator('.release h2')).toHaveText(['Release v2025.1 of 3 February 2025', 'Release of 10 June 2024', 'Release of 15 January 2024']);
      await expect(page.locator('.release').first().locator('li')).toHaveText([
        /^1\.1\.1 Share of people living on less than \$2\.15 a day: 2023 added, observation status changed for 3 values, unit renamed/,
        '6.1.1 Proportion of population using safely managed drinking water services: metadata updated (Source url 2 and Periodicity)',
      ]);
      const feed = await (await request.get('/changes/feed.xml')).text();
      expect(feed.match(/<entry>/g)).toHaveLength(3);
      expect(feed).toContain('Release of 3 February 2025: 2 indicators changed (v2025.1)');
    });

    test('a citizen-generated source is labelled on every view, explained, and its series drawn dashed', async ({ page, request }) => {
      for (const path of ['/indicators/6-1-1/', '/indicators/6-1-1/media/', '/indicators/6-1-1/data/']) {
        await page.goto(path);
        await expect(page.locator('.trust-label.citizen').first(), path).toHaveText('Citizen-generated data');
        await expect(page.locator('#non-official-note'), path).toContainText('Clean Water Testland (a network of village water committees) (Citizen-generated data)');
      }
      await page.goto('/indicators/6-1-1/');
      await expect(page.locator('[data-source-type="citizen-generated"]')).toHaveText('Citizen-generated data');
      await page.locator('#non-official-note').getByRole('link', { name: 'How citizen-generated data differ from official statistics' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Citizen-generated data');
      await page.goto('/embed/6-1-1/');
      await expect(page.locator('.sub')).toContainText('· Citizen-generated data');
      expect(await (await request.get('/downloads/charts/6-1-1-1200x675.svg')).text()).toContain('Citizen-generated data');
      // The explorer, opened on the citizens' series by its address: dashed lines, said in words.
      await page.goto(`/indicators/6-1-1/?series=${encodeURIComponent('Water points working on the day of a visit (community monitoring)')}`);
      await expect(page.locator('[data-chart-extra]')).toContainText('Dashed lines: figures from a source outside official statistics.');
      await expect(page.locator('#headline-chart svg [stroke-dasharray="7,4"]').first()).toBeAttached();
    });

    test('the goal page filters its indicators by where their figures come from', async ({ page }) => {
      await page.goto('/goals/6/');
      const items = page.locator('li[data-trust]');
      await expect(items).toHaveCount(2);
      await page.getByLabel('With non-official data').check();
      await expect(items.filter({ visible: true })).toHaveCount(1);
      await expect(items.filter({ visible: true })).toContainText('6.1.1');
      await expect(page.locator('[data-trust-live]')).toHaveText('1 indicator shown');
      await page.getByLabel('All indicators').check();
      await expect(items.filter({ visible: true })).toHaveCount(2);
    });
  });
}

test('search offers a data-source filter and labels proxies in the results', async ({ page }) => {
  await page.goto('/search/?q=water');
  await expect(page.locator('.pagefind-ui__result')).not.toHaveCount(0);
  await openFilter(page, 'Data source');
  const unfiltered = await page.locator('.pagefind-ui__message').textContent();
  await page.getByLabel(/^Includes non-official data \(\d+\)$/).check();
  await expect(page.locator('.pagefind-ui__message')).not.toHaveText(unfiltered!);
  await expect(page.locator('.pagefind-ui__result-title')).toHaveText([/^6\.1\.1 /]);
  await page.goto('/search/?q=meal');
  await expect(page.locator('.pagefind-ui__result-title').first()).toHaveText(/^2\.1\.1 .* — Proxy indicator$/);
});

test('a reader who arrives with ?q= sees every filter, even when one of Pagefind\'s filter files comes late', async ({ page }) => {
  // This site has two filters, in a file each per language: the first one asked for arrives 1.5 s late.
  let asked = 0;
  await page.route('**/pagefind/filter/*.pf_filter', async (route) => {
    if (asked++ === 0) await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto('/search/?q=water');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 10_000 });
  // Read as the results appear (no waiting): Pagefind's interface never adds a filter its first results lacked.
  expect(await page.locator('details.pagefind-ui__filter-block summary').allTextContents()).toEqual(['Data source', 'Indicator type']);
  expect(asked).toBe(2);
});

test('the Arabic pages read right to left, in Arabic', async ({ page }) => {
  await page.goto('/ar/indicators/1-1-1/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('#revisions')).toHaveText('المراجعات');
  await expect(page.locator('ol.revisions > li')).toHaveCount(3);
  await page.goto('/ar/indicators/6-1-1/');
  await expect(page.locator('.trust-label.citizen')).toHaveText('بيانات من إنتاج المواطنين');
  await page.goto('/ar/changes/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ما الذي تغيّر');
});

test.describe('accessibility of the changed templates', () => {
  for (const path of ['/indicators/1-1-1/', '/indicators/6-1-1/', '/indicators/2-1-1/', '/indicators/6-1-1/media/', '/indicators/6-1-1/data/', '/changes/', '/goals/6/',
    '/ar/indicators/1-1-1/', '/ar/indicators/6-1-1/', '/ar/changes/', '/ar/goals/6/']) {
    test(`axe: ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoViolations(page);
    });
  }
});
