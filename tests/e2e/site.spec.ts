import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

test('a reader goes from the home page to a goal and to an indicator', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sustainable Development Goals');
  await expect(page.locator('.goal-tile')).toHaveCount(17);
  await page.getByRole('link', { name: /Goal 8: Decent work and economic growth/ }).click();
  await expect(page).toHaveURL(/\/goals\/8\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Goal 8: Decent work and economic growth');
  await page.getByRole('link', { name: /Indicator 8\.5\.1/ }).click();
  await expect(page).toHaveURL(/\/indicators\/8-5-1\/$/);
  await expect(page.locator('.kicker')).toContainText('Indicator 8.5.1');
  await expect(page.getByRole('link', { name: 'Data (CSV, as published)' })).toBeVisible();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the headline chart is an SVG in the page, described by text from its data, with a table', async ({ page }) => {
    await page.goto('/indicators/1-2-1/');
    const figure = page.locator('figure.chart');
    await expect(figure.locator('svg[role="img"]:visible')).toBeVisible();
    await expect(figure.locator('svg path').first()).toBeAttached();
    const describedBy = await figure.getAttribute('aria-describedby');
    await expect(page.locator(`#${describedBy}`)).toContainText('fell from 19% in 2005 to 18.9% in 2018');
    await expect(page.getByRole('table').first().locator('tbody tr')).toHaveCount(10);
    await expect(page.getByText('The table shows the latest 10 of 14 periods.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'See all 14 headline rows in the data view.' })).toHaveAttribute('href', '/indicators/1-2-1/data/');
  });

  test('a monthly indicator keeps its page light: the latest periods only, the rest one link away', async ({ page }) => {
    await page.goto('/indicators/2-c-1/');
    const rows = await page.getByRole('table').first().locator('tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThanOrEqual(30);
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(1500);
    await expect(page.getByRole('link', { name: /^See all \d+ headline rows in the data view\.$/ })).toHaveAttribute('href', '/indicators/2-c-1/data/');
  });

  test('an indicator without data says so plainly, with no broken chart', async ({ page }) => {
    await page.goto('/indicators/14-3-1/');
    await expect(page.locator('#no-data')).toHaveText('Data for this indicator are not online yet: Exploring data sources.');
    await expect(page.locator('figure.chart')).toHaveCount(0);
  });
});

test('the CSV download is the published file, byte for byte', async ({ request }) => {
  for (const id of ['1-2-1', '3-3-5', '8-5-1']) {
    const res = await request.get(`/downloads/indicator_${id}.csv`);
    expect(res.status()).toBe(200);
    expect(Buffer.compare(await res.body(), readFileSync(`data/uk/data/indicator_${id}.csv`))).toBe(0);
  }
});

test('the JSON download holds the typed model', async ({ request }) => {
  const json = await (await request.get('/downloads/1-2-1.json')).json();
  expect(json.number).toBe('1.2.1');
  expect(json.reportingStatus).toBe('complete');
  expect(json.data.dimensions).toEqual(['Age', 'Sex']);
  const total = json.data.timeSeries.find((s: { dimensions: object }) => Object.keys(s.dimensions).length === 0);
  expect(total.observations[0]).toEqual({ year: '2005', value: 19, status: 'Undefined' });
  expect(json.data.observationCount).toBe(readFileSync('data/uk/data/indicator_1-2-1.csv', 'utf8').trim().split('\n').length - 1);
});

test('the status page counts indicators by status', async ({ page }) => {
  await page.goto('/status/');
  const total = page.locator('tfoot td.num').last();
  // 248 indicators, less 11.c.1: an Open SDG placeholder, listed on its goal page with no status to count.
  await expect(total).toHaveText('247');
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

for (const query of ['8.5.1', '8-5-1']) {
  test(`search finds indicator 8.5.1 when typed as ${query}`, async ({ page }) => {
    await page.goto('/search/');
    await page.locator('.pagefind-ui__search-input').fill(query);
    const first = page.locator('.pagefind-ui__result-link').first();
    await expect(first).toContainText('8.5.1');
    await expect(first).toHaveAttribute('href', '/indicators/8-5-1/');
  });
}
