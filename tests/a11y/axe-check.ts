/**
 * One axe check for every accessibility test: WCAG 2.2 AA plus best practice, violations summarised so a
 * failure names the rule, the count and the first element. axe's colour-contrast rule walks every node,
 * so a long page takes seconds on a busy 2-core machine: the check gives its test 90 s (pages run in
 * 2–25 s there), keeping every test well under half its limit.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
export const AXE_TIMEOUT = 90_000;

export async function expectNoViolations(page: Page): Promise<void> {
  test.setTimeout(AXE_TIMEOUT);
  // Only violations carry every node: the details of passes (a map's 380 areas, each with its whole outline in
  // its HTML) took most of a check's time in moving results out of the page, and nothing reads them.
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`)).toEqual([]);
}
