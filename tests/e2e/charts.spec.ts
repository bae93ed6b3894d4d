import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Presses Tab until the element with this accessible name has focus (keyboard only, no clicks). */
async function tabTo(page: Page, name: string, key = 'Tab', max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.labels?.[0]?.textContent ?? el?.textContent ?? '';
    });
    if (label.trim() === name) return;
  }
  throw new Error(`"${name}" never took focus`);
}

test('the page loads only the small chart starter; the interactive chart loads on "Explore the data"', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  await page.goto('/indicators/1-2-1/');
  await expect(page.getByRole('button', { name: 'Explore the data' })).toBeVisible();
  expect(scripts.some((s) => s.includes('explorer'))).toBe(false);
  await page.getByRole('button', { name: 'Explore the data' }).click();
  await expect(page.getByRole('form', { name: 'Choose what the chart shows' })).toBeVisible();
  expect(scripts.some((s) => s.includes('explorer'))).toBe(true);
});

test('a disaggregation chosen by keyboard changes the chart and table, and the URL restores the view', async ({ page }) => {
  await page.goto('/indicators/1-2-1/');
  await tabTo(page, 'Explore the data');
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Choose what the chart shows' });
  await expect(form).toBeVisible();
  await tabTo(page, 'Female');
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(/^Showing 1 line for /);
  await expect(page).toHaveURL(/\?dim\.Sex=Female$/);
  const desc = page.locator('#headline-chart-desc');
  await expect(desc).toContainText('Female: ');
  await tabTo(page, 'Male');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?dim\.Sex=Female&dim\.Sex=Male$/);
  await expect(page.locator('#headline-chart svg[role="img"]')).toBeVisible();
  await tabTo(page, 'Chart', 'Shift+Tab');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Table' })).toBeChecked();
  const table = page.getByRole('table', { name: /the selection by year/ });
  await expect(table).toBeVisible();
  const rows = await table.locator('tbody tr td:first-child').allTextContents();
  expect(new Set(rows)).toEqual(new Set(['Female', 'Male']));

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Female', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Male', exact: true })).toBeChecked();
  await expect(page.getByRole('table', { name: /the selection by year/ }).locator('tbody tr')).toHaveCount(rows.length);
  await expect(page.locator('[data-explorer-note]')).toBeHidden();
});

test('a URL naming a series or year that does not exist falls back to the default view, with a note', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/indicators/1-2-1/?series=Nothing&from=1066');
  await expect(page.locator('[data-explorer-note]')).toHaveText(
    'Part of the address did not match the data, so the default view is shown for it: series "Nothing", year 1066.',
  );
  await expect(page.locator('#headline-chart svg[role="img"]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a selection with many lines is drawn as small multiples', async ({ page }) => {
  await page.goto('/indicators/1-2-1/?dim.Age=15+and+under&dim.Age=16+to+24&dim.Age=25+to+49&dim.Sex=Female&dim.Sex=Male&dim.Age=50+to+64&dim.Age=65+to+74');
  await expect(page.locator('[data-chart-extra]')).toContainText('so each is drawn in its own small chart');
});

test('a UK indicator with district codes has a map, whose year control recolours it and refills its table', async ({ page }) => {
  await page.goto('/indicators/3-9-1/');
  const map = page.locator('section.map');
  // With JavaScript the map is a group of areas, each an image with its name and value.
  await expect(map.getByRole('group', { name: /^Map: / })).toBeVisible();
  await expect(map.getByRole('img')).toHaveCount(380);
  const year = map.getByLabel('Year shown on the map');
  const first = await year.locator('option').first().getAttribute('value');
  const fills = async () => map.locator('path[data-code]').evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')).join());
  const before = await fills();
  await year.selectOption(first!);
  await expect(map.locator('[data-map-desc]')).toContainText(`for ${first};`);
  expect(await fills()).not.toBe(before);
  await map.getByText(`Map data as a table, ${first}`).first().click();
  await expect(map.getByRole('table')).toHaveAccessibleName(`Map data as a table, ${first}`);
});

test('an indicator whose codes match no boundary shows no map and no error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/indicators/3-3-2/');
  await expect(page.locator('section.map')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the map is drawn, with its legend and table, and no year control', async ({ page }) => {
    await page.goto('/indicators/3-9-1/');
    await expect(page.locator('section.map svg[role="img"] path').first()).toBeAttached();
    await expect(page.getByRole('list', { name: /^Legend/ }).getByRole('listitem')).toHaveCount(6);
    await expect(page.getByLabel('Year shown on the map')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Explore the data' })).toBeHidden();
  });
});

test('"Download this selection" gives the rows of the table as CSV', async ({ page }) => {
  await page.goto('/indicators/1-2-1/?dim.Sex=Female&from=2017');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download this selection (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe('1-2-1-selection.csv');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.split('\r\n').slice(0, 2)).toEqual(['Unit,Sex,Year,Value,Observation status', 'Percentage (%),Female,2017,17.9,Undefined']);
});
