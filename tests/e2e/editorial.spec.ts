import { expect, test } from '@playwright/test';

test('a concept on an indicator page shows its definition on keyboard focus; Escape hides it', async ({ page }) => {
  await page.goto('/indicators/1-2-1/');
  const link = page.locator('section[aria-labelledby="what"] a.concept-link').first();
  const name = await link.textContent();
  const tipId = (await link.getAttribute('aria-describedby'))!;
  const tip = page.locator(`[id="${tipId}"]`);
  await expect(tip).toBeHidden();
  await expect(tip).toHaveAttribute('role', 'tooltip');
  // Reach the link with the keyboard: Tab until it has focus.
  for (let i = 0; i < 60 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await expect(tip).toBeVisible();
  await expect(link).toHaveAccessibleDescription(new RegExp(`^${name?.charAt(0).toUpperCase()}`, 'i'));
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/concepts\/[a-z0-9-]+\/$/);
});

test('the concept definition also shows on hover, and stays while the pointer is on it', async ({ page }) => {
  await page.goto('/indicators/1-2-1/');
  const ref = page.locator('section[aria-labelledby="what"] .concept-ref').first();
  await ref.locator('a').hover();
  const tip = ref.locator('[role="tooltip"]');
  await expect(tip).toBeVisible();
  await tip.hover();
  await expect(tip).toBeVisible();
});

test('stories: index with goal filter, a story with its figures, and links from indicator pages', async ({ page }) => {
  await page.goto('/stories/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data stories');
  await page.getByRole('navigation', { name: 'Filter by goal' }).getByRole('link', { name: 'Goal 5: Gender equality' }).click();
  await expect(page).toHaveURL(/\/stories\/goal\/5\/$/);
  await expect(page.locator('.story-list li')).toHaveCount(1);
  await page.getByRole('link', { name: 'A century of women in Parliament' }).click();
  await expect(page.locator('.key-figure').first()).toContainText('House of Commons');
  await expect(page.locator('figure.chart svg').first()).toBeVisible();
  await page.goto('/indicators/5-5-1/');
  const stories = page.getByRole('region', { name: 'Stories that use this indicator' });
  await expect(stories.getByRole('link', { name: 'A century of women in Parliament' })).toBeVisible();
});

test('concepts: A–Z index and search find a concept', async ({ page }) => {
  await page.goto('/concepts/');
  await page.getByRole('navigation', { name: 'A to Z' }).getByRole('link', { name: 'E', exact: true }).click();
  await page.getByRole('link', { name: 'Equivalised household income' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Equivalised household income');
  await expect(page.getByRole('region', { name: 'Indicators that use it' }).getByRole('link').first()).toBeVisible();
  await page.goto('/search/');
  await page.locator('.pagefind-ui__search-input').fill('equivalised');
  await expect(page.locator('.pagefind-ui__result-link', { hasText: 'Equivalised household income' }).first()).toBeVisible();
});

test('feeds and the release calendar are linked and served', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(2);
  const stories = await request.get('/stories/feed.xml');
  expect(await stories.text()).toContain('<title type="html"><![CDATA[A century of women in Parliament]]></title>');
  const ics = await request.get('/releases/calendar.ics');
  expect((await ics.text()).startsWith('BEGIN:VCALENDAR')).toBe(true);
  await page.goto('/releases/');
  await expect(page.getByRole('link', { name: 'Subscribe to the calendar (.ics)' })).toHaveAttribute('href', '/releases/calendar.ics');
  await page.goto('/indicators/8-5-2/');
  await expect(page.getByRole('region', { name: 'Updates' })).toContainText('Last updated16 May 2023');
});
