import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = [
  '/stories/', '/stories/goal/7/', '/stories/energy-and-emissions/', '/stories/women-in-parliament/', '/stories/young-people-and-work/',
  '/concepts/', '/concepts/median/', '/concepts/equivalised-household-income/', '/releases/',
];
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const summarise = (violations: { id: string; nodes: { target: unknown[] }[]; help: string }[]) =>
  violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);

for (const path of pages) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(summarise(results.violations)).toEqual([]);
  });
}

test('axe finds no violation with a concept tooltip open', async ({ page }) => {
  await page.goto('/indicators/1-2-1/');
  await page.locator('section[aria-labelledby="what"] a.concept-link').first().focus();
  await expect(page.locator('section[aria-labelledby="what"] [role="tooltip"]').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(summarise(results.violations)).toEqual([]);
});
