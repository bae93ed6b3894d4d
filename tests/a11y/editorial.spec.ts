import { expect, test } from '@playwright/test';
import { expectNoViolations } from './axe-check.ts';

const pages = [
  '/stories/', '/stories/goal/7/', '/stories/energy-and-emissions/', '/stories/women-in-parliament/', '/stories/young-people-and-work/',
  '/concepts/', '/concepts/median/', '/concepts/equivalised-household-income/', '/releases/',
];

for (const path of pages) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoViolations(page);
  });
}

test('axe finds no violation with a concept tooltip open', async ({ page }) => {
  await page.goto('/indicators/1-2-1/');
  await page.locator('section[aria-labelledby="what"] a.concept-link').first().focus();
  await expect(page.locator('section[aria-labelledby="what"] [role="tooltip"]').first()).toBeVisible();
  await expectNoViolations(page);
});
