import { expect, test } from '@playwright/test';
import { expectNoViolations } from '../a11y/axe-check.ts';

const STORIES = ['young-people-and-work', 'energy-and-emissions', 'women-in-parliament'];

test('a figure written inside a sentence stays in that sentence’s paragraph', async ({ page }) => {
  await page.goto('/stories/young-people-and-work/');
  const paragraph = page.locator('.prose p', { hasText: 'At the start of the series,' });
  await expect(paragraph).toHaveCount(1);
  await expect(paragraph).toContainText('of them were NEET.');
  await expect(paragraph.locator('.kf-inline')).toHaveCount(1);
  // The figure reads as part of the line, not as a box of its own.
  expect(await paragraph.locator('.kf-inline').evaluate((el) => getComputedStyle(el).display)).toBe('inline');
});

for (const slug of STORIES) {
  test(`${slug}: every inline figure and concept sits in a paragraph that goes on after it`, async ({ page }) => {
    await page.goto(`/stories/${slug}/`);
    const placed = await page.locator('.prose .kf-inline, .prose .concept-ref').evaluateAll((els) =>
      els.map((el) => {
        const p = el.closest('p');
        return { figure: el.textContent?.slice(0, 40), inParagraph: p !== null, ends: p?.textContent?.trim().slice(-1) ?? '' };
      }),
    );
    expect(placed.length).toBeGreaterThan(0);
    for (const item of placed) {
      expect(item, JSON.stringify(item)).toMatchObject({ inParagraph: true });
      expect(item.ends, JSON.stringify(item)).toMatch(/[.:;!?)]/);
    }
    // A paragraph never ends mid-sentence (on a comma or a word) before a figure.
    const cut = await page.locator('.prose > p').evaluateAll((ps) => ps.map((p) => p.textContent?.trim() ?? '').filter((t) => /[,a-z]$/.test(t)));
    expect(cut).toEqual([]);
  });
}

for (const path of ['/stories/young-people-and-work/', '/ar/stories/']) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoViolations(page);
  });
}
