/**
 * Where figures come from, on the bundled UK build: Open SDG's `proxy` / `proxy_series` (71 UK metadata files)
 * shown as a "Proxy indicator" label with its explanation on the indicator, goal and search pages; observation
 * statuses told apart by shape, with the legend in words; and no revisions, since data/uk lives inside this
 * project's own repository.
 */
import { expect, test } from '@playwright/test';
import { expectNoViolations } from '../a11y/axe-check.ts';
import { openFilter } from './search-filters.ts';

test('a proxy indicator is labelled and explained, and its explanation links to the compendium', async ({ page }) => {
  await page.goto('/indicators/10-3-1/');
  await expect(page.locator('.trust-label.proxy')).toHaveText('Proxy indicator');
  await expect(page.locator('#proxy-note')).toContainText('This is a proxy indicator: its data measure something close to the UN indicator, not exactly what the UN definition asks for.');
  await page.locator('#proxy-note').getByRole('link', { name: 'What a proxy indicator is' }).click();
  await expect(page).toHaveURL(/\/concepts\/proxy-indicator\/$/);
});

test('"proxy: both" names the series that are proxies', async ({ page }) => {
  await page.goto('/indicators/14-5-1/');
  await expect(page.locator('#proxy-note')).toContainText('Some series are proxies: Coverage of protected areas in relation to marine area (%) and Protected marine area (square kilometres).');
  // The flag is shown as the label, not as one more metadata field.
  await expect(page.locator('#metadata + dl, #metadata ~ dl').getByText('Proxy', { exact: true })).toHaveCount(0);
});

test('the goal page labels its proxies and can list only them', async ({ page }) => {
  await page.goto('/goals/10/');
  await expect(page.locator('li', { hasText: '10.3.1' }).locator('.trust-label.proxy')).toHaveText('Proxy indicator');
  const all = await page.locator('li[data-trust]').count();
  await page.getByLabel('Proxy indicators').check();
  const shown = page.locator('li[data-trust]').filter({ visible: true });
  expect(await shown.count()).toBeLessThan(all);
  for (const li of await shown.all()) await expect(li.locator('.trust-label.proxy')).toBeVisible();
  await expect(page.locator('[data-trust-live]')).toHaveText(new RegExp(`^${await shown.count()} indicators? shown$`));
});

test('search results say which indicators are proxies, and can be filtered to them', async ({ page }) => {
  await page.goto('/search/?q=10.3.1');
  await expect(page.locator('.pagefind-ui__result-title').first()).toHaveText(/^10\.3\.1 .* — Proxy indicator$/);
  // Results whose fragments come late (a slow line): all but the first few are held back a moment.
  let fragments = 0;
  await page.route('**/pagefind/fragment/*', async (route) => {
    if (fragments++ >= 3) await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await page.goto('/search/?q=protected');
  await expect(page.locator('.pagefind-ui__result')).not.toHaveCount(0);
  await openFilter(page, 'Indicator type');
  const unfiltered = await page.locator('.pagefind-ui__message').textContent();
  await page.getByLabel(/^Proxy indicator \(\d+\)$/).check();
  await expect(page.locator('.pagefind-ui__message')).not.toHaveText(unfiltered!);
  await expect(page.locator('.pagefind-ui__result-title').first()).toHaveText(/ — Proxy indicator$/);
  // Pagefind draws each result as dots until its fragment has loaded: read the titles once every one has.
  await expect(page.locator('.pagefind-ui__result-title.pagefind-ui__loading')).toHaveCount(0);
  const titles = await page.locator('.pagefind-ui__result-title').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) expect(title).toMatch(/ — Proxy indicator$/);
});

test('observation statuses keep their own shapes in the chart, with the legend in words', async ({ page }) => {
  for (const [id, legend] of [['14-1-1', 'Points in a diamond: Time series break.'], ['3-1-2', 'Points in a square: Provisional.'], ['1-3-1', 'Points in a ring: Estimated value.']]) {
    await page.goto(`/indicators/${id}/`);
    await expect(page.locator('#headline-chart [data-chart-extra]'), id).toHaveText(legend!);
  }
});

test('the bundled data have no history of their own: no revisions, no "What changed" page', async ({ page, request }) => {
  await page.goto('/indicators/1-2-1/');
  await expect(page.locator('#revisions')).toHaveCount(0);
  expect((await request.get('/changes/')).status()).toBe(404);
});

for (const path of ['/goals/10/', '/ar/goals/10/', '/indicators/14-5-1/', '/ar/indicators/10-3-1/']) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoViolations(page);
  });
}
