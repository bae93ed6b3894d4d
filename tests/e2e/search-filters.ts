import { expect, type Page } from '@playwright/test';

/** Opens one of Pagefind's filter groups (a <details>, open or closed by default depending on the screen). */
export async function openFilter(page: Page, name: string): Promise<void> {
  const block = page.locator('details.pagefind-ui__filter-block').filter({ has: page.locator('summary', { hasText: name }) });
  await expect(block).toBeAttached();
  await block.evaluate((d: HTMLDetailsElement) => { d.open = true; });
}
