/**
 * "Are we on track?" end to end, on the national fixture with progress planted (the bundled UK data have no
 * progress options): scripts/test.sh builds it into dist-progress/ (English and Arabic), and this file serves it on
 * a port of its own. The indicator panel, the badges and /progress/ with JavaScript on and off, at phone and
 * desktop widths; axe on the new pages in English and Arabic; the UK site's empty /progress/ page too.
 */
import { serve, type ServerType } from '@hono/node-server';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createSiteApp } from '../../src/server/site-app.ts';
import { expectNoViolations } from '../a11y/axe-check.ts';

const DIST = process.env['PROGRESS_DIST_DIR'] ?? 'dist-progress';
let server: ServerType | undefined;
let base = '';
const scratch = mkdtempSync(join(tmpdir(), 'progress-e2e-'));

test.beforeAll(async () => {
  if (!existsSync(join(DIST, 'progress/index.html'))) {
    throw new Error(`${DIST}/ is missing. Build it first: SDG_DATA_DIR=tests/fixtures/national-repo SDG_LANGUAGES=en,ar DIST_DIR=${DIST} npm run build`);
  }
  const app = await createSiteApp({ distDir: DIST, env: { FEEDBACK_DB: join(scratch, 'feedback.db'), FEEDBACK_RATE_LIMIT: '1000' } });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
});
test.afterAll(() => {
  server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function open(browser: Browser, path: string, opts: { width?: number; javaScript?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: 900 }, javaScriptEnabled: opts.javaScript ?? true });
  const page = await context.newPage();
  await page.goto(base + path);
  return page;
}

for (const javaScript of [true, false]) {
  test.describe(`JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test('an indicator names its least favourable line, and shows how each line was judged', async ({ browser }) => {
      const page = await open(browser, '/indicators/8-5-2/', { javaScript });
      const summary = page.locator('dl.summary');
      await expect(summary.getByRole('link', { name: 'Deterioration' })).toBeVisible();
      await summary.getByRole('link', { name: 'Deterioration' }).click();
      await expect(page).toHaveURL(/#progress$/);
      const panel = page.locator('[data-progress-panel]');
      await expect(panel.getByRole('heading', { name: 'Are we on track?' })).toBeVisible();
      await expect(panel).toContainText('The least favourable of the 3 lines measured');
      const lines = panel.getByRole('table', { name: 'Progress by line' });
      await expect(lines.getByRole('row')).toHaveText([/Line\s*Progress/, /Headline\s*Substantial progress/, /Sex: Female\s*Deterioration/, /Sex: Male\s*Substantial progress/]);
      // "How is progress measured?" is closed until asked for, then shows each line's inputs and rule.
      const method = panel.locator('details.method');
      await expect(method.getByText('Base year and value').first()).toBeHidden();
      await method.locator('summary').click();
      await expect(method.getByText('Base year and value').first()).toBeVisible();
      await expect(method).toContainText('The growth in the desired direction is -4.3% a year, which is below 0%: Deterioration.');
      await page.context().close();
    });

    test('/progress/ lists every measured indicator by goal, linked to its panel', async ({ browser }) => {
      const page = await open(browser, '/progress/', { javaScript });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Are we on track?');
      await expect(page.locator('[data-progress-item]:visible')).toHaveCount(4);
      await expect(page.locator('form[data-progress-filter]')).toBeVisible({ visible: javaScript });
      await page.getByRole('link', { name: /Indicator 8\.5\.2/ }).click();
      await expect(page).toHaveURL(/\/indicators\/8-5-2\/#progress$/);
      await page.context().close();
    });
  });
}

test('with JavaScript, /progress/ narrows to a status, an indicator\'s own or one of its lines\'', async ({ browser }) => {
  const page = await open(browser, '/progress/');
  const filter = page.getByLabel('Show indicators with');
  await filter.selectOption('deterioration');
  await expect(page.locator('[data-progress-item]:visible')).toHaveCount(1);
  await expect(page.locator('[data-progress-item]:visible')).toContainText('8.5.2');
  await expect(page.locator('#goal-1')).toBeHidden();
  await expect(page.locator('[data-progress-count]')).toHaveText('1 indicator shown of 4.');
  // 1.2.1 is "moderate progress" as a whole; its line for men has achieved its target.
  await filter.selectOption('target_achieved');
  await expect(page.locator('[data-progress-item]:visible')).toContainText(['1.2.1']);
  await filter.selectOption('');
  await expect(page.locator('[data-progress-item]:visible')).toHaveCount(4);
  await expect(page.locator('[data-progress-count]')).toHaveText('4 indicators shown of 4.');
  await page.context().close();
});

test('the target is a line on the headline chart and in the explorer, and a row of the table', async ({ browser }) => {
  const page = await open(browser, '/indicators/1-2-1-1/');
  await expect(page.locator('#headline-chart svg[role="img"]:visible')).toContainText('2030 target');
  await expect(page.getByRole('row', { name: /Target for 2030\s*25\.0/ })).toBeVisible();
  // The explorer redraws the chart from the same configuration: a region chosen, the target line stays.
  await page.getByRole('button', { name: 'Explore the data' }).click();
  await expect(page.getByRole('form', { name: 'Choose what the chart shows' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Northern Region', exact: true }).check();
  await expect(page.locator('#headline-chart-desc')).toContainText('Northern Region');
  await expect(page.locator('#headline-chart svg[role="img"]:visible')).toContainText('2030 target');
  await page.context().close();
});

test('goal and home pages carry the badge, in words', async ({ browser }) => {
  const page = await open(browser, '/goals/8/');
  await expect(page.getByRole('link', { name: 'Progress: Deterioration' })).toBeVisible();
  await page.goto(`${base}/`);
  await expect(page.getByRole('region', { name: 'Are we on track?' })).toContainText('4 indicators have a progress status');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' })).toBeVisible();
  await page.context().close();
});

test('the CSV of every status downloads from /progress/', async ({ browser }) => {
  const page = await open(browser, '/progress/');
  const href = await page.getByRole('link', { name: /Every status with the figures/ }).getAttribute('href');
  const response = await page.request.get(base + href!);
  expect(response.headers()['content-type']).toContain('text/csv');
  expect((await response.text()).split('\n')[0]).toMatch(/^Indicator,Indicator status,Source,Line,/);
  await page.context().close();
});

test('on a phone the panel and /progress/ fit the screen', async ({ browser }) => {
  for (const path of ['/indicators/8-5-2/', '/progress/', '/ar/indicators/8-5-2/', '/ar/progress/']) {
    const page = await open(browser, path, { width: 390 });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    const overflow = await page.evaluate(() => [...document.querySelectorAll('[data-progress-panel], main > div > ul, main > div > p')]
      .filter((el) => el.closest('.table-scroll') === null && el.getBoundingClientRect().right > window.innerWidth + 1).length);
    expect(overflow, path).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    await page.context().close();
  }
});

test('Arabic pages are laid out right to left, the badge in Arabic', async ({ browser }) => {
  const page = await open(browser, '/ar/indicators/8-5-2/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('[data-progress-panel] .verdict')).toHaveText('تراجع');
  await page.context().close();
});

// The new parts of each template, in English and Arabic (the UK build's axe tests walk the rest).
for (const path of ['/progress/', '/ar/progress/', '/indicators/8-5-2/', '/ar/indicators/8-5-2/', '/status/', '/ar/', '/goals/1/', '/ar/goals/8/']) {
  test(`axe finds no WCAG 2.2 AA violation on ${path} (progress planted)`, async ({ browser }) => {
    const page = await open(browser, path);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    await expectNoViolations(page);
    await page.context().close();
  });
}

test('a site with no progress configured says so on /progress/, and links it nowhere', async ({ page }) => {
  await page.goto('/progress/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Are we on track?');
  await expect(page.locator('main')).toContainText('No indicator on this site has a progress status yet.');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' })).toHaveCount(0);
  await expectNoViolations(page);
});
