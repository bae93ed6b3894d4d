import { expect, test } from '@playwright/test';
import { expectNoViolations } from './axe-check.ts';

const pages = [
  '/', '/goals/1/', '/goals/17/', '/indicators/1-2-1/', '/indicators/8-5-1/', '/indicators/2-c-1/',
  '/indicators/14-3-1/', '/indicators/16-9-1/', '/status/', '/search/', '/no-such-page/',
  // Every template in French and in Arabic (right to left).
  '/fr/', '/fr/goals/1/', '/fr/indicators/1-2-1/', '/fr/indicators/1-2-1/media/', '/fr/indicators/1-2-1/data/', '/fr/status/', '/fr/concepts/median/',
  '/ar/', '/ar/goals/1/', '/ar/indicators/1-2-1/', '/ar/indicators/1-2-1/media/', '/ar/indicators/1-2-1/data/', '/ar/status/', '/ar/stories/',
  '/ar/concepts/median/', '/ar/search/', '/ar/embed/1-2-1/',
];

for (const path of pages) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    if (path === '/search/') {
      await page.locator('.pagefind-ui__search-input').fill('poverty');
      await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
    }
    await expectNoViolations(page);
  });
}

test('the site works by keyboard: skip link, then the main content', async ({ page }) => {
  await page.goto('/indicators/1-2-1/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
