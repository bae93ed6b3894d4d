import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './axe-check.ts';


const states: [string, string, (page: Page) => Promise<void>][] = [
  ['the explorer opened by its button', '/indicators/1-2-1/', async (page) => {
    await page.getByRole('button', { name: 'Explore the data' }).click();
    await expect(page.getByRole('form', { name: 'Choose what the chart shows' })).toBeVisible();
  }],
  ['a disaggregation chosen, as a table', '/indicators/1-2-1/?dim.Sex=Female&view=table', async (page) => {
    await expect(page.getByRole('table', { name: /the selection by year/ })).toBeVisible();
  }],
  ['small multiples', '/indicators/1-2-1/?dim.Age=15+and+under&dim.Age=16+to+24&dim.Age=25+to+49&dim.Age=50+to+64&dim.Age=65+to+74&dim.Sex=Female&dim.Sex=Male', async (page) => {
    await expect(page.locator('[data-chart-extra]')).toContainText('small chart');
  }],
  ['a URL that does not match the data', '/indicators/1-2-1/?series=Nothing', async (page) => {
    await expect(page.locator('[data-explorer-note]')).toBeVisible();
  }],
  ['nested disaggregations and several series', '/indicators/11-3-1/?dim.Region=London', async (page) => {
    await expect(page.getByRole('group', { name: 'Local Authority (within Region)' })).toBeVisible();
  }],
  ['a map with its year control and table', '/indicators/3-9-1/', async (page) => {
    await expect(page.getByLabel('Year shown on the map')).toBeVisible();
    await page.locator('.map summary').first().click();
  }],
  ['a map area read by keyboard, the map zoomed, the codes with no boundary open', '/indicators/3-9-1/', async (page) => {
    await page.getByLabel('Zoom the map to').selectOption({ label: 'London' });
    await page.locator('.map path[data-code][tabindex="0"]').focus();
    await expect(page.locator('[data-map-tip]')).toBeVisible();
    await page.getByText(/^The codes with no boundary/).click();
  }],
  ['the Arabic map, an area under the pointer', '/ar/indicators/3-9-1/', async (page) => {
    await page.locator('.map path[data-code="E09000033"]').hover();
    await expect(page.locator('[data-map-tip]')).toBeVisible();
  }],
];

for (const [name, path, act] of states) {
  test(`axe finds no violation in the chart explorer: ${name}`, async ({ page }) => {
    await page.goto(path);
    await act(page);
    await expectNoViolations(page);
  });
}
