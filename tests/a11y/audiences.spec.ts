import { expect, test } from '@playwright/test';
import { expectNoViolations } from './axe-check.ts';

const pages = [
  '/citizens/', '/media/', '/researchers/',
  '/indicators/1-2-1/media/', '/indicators/3-1-1/media/', '/indicators/14-3-1/media/',
  '/indicators/1-2-1/data/', '/indicators/8-5-1/data/', '/indicators/14-3-1/data/',
  '/embed/1-2-1/', '/embed/8-5-1/', '/embed/3-9-1/', '/indicators/3-9-1/media/',
];

for (const path of pages) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoViolations(page);
  });
}

test('the researcher table is operable by keyboard: filter, then sort by a column', async ({ page }) => {
  await page.goto('/indicators/1-2-1/data/');
  const sex = page.getByLabel('Sex', { exact: true });
  await sex.focus();
  await page.keyboard.press('ArrowDown');
  await expect(sex).not.toHaveValue('');
  await page.getByRole('button', { name: 'Year' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('th[aria-sort]')).toHaveText('Year');
});
