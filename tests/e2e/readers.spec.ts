import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * Readers on every screen: the pages a reader meets first, at a phone's width and a desktop's, checked for
 * what a reader would notice — chart text too small to read, tick labels running into each other, a page
 * wider than the screen, a value that does not appear under the pointer, the finger or the keyboard, and a
 * chart that changes out of sight.
 */

interface TextReport { smallest: number; smallestText: string; overlaps: string[]; cut: string[]; count: number }

/** The chart text drawn on the screen (visible SVG charts under `root`): its smallest rendered size in CSS px
 * and every pair of labels in one axis or legend whose boxes intersect. */
async function chartText(root: Locator): Promise<TextReport> {
  return root.evaluate((el) => {
    const svgs = [...el.querySelectorAll<SVGSVGElement>('svg[role="img"]')].filter((s) => s.getClientRects().length > 0);
    let smallest = Infinity;
    let smallestText = '';
    let count = 0;
    const overlaps: string[] = [];
    const cut: string[] = [];
    for (const svg of svgs) {
      const frame = svg.getBoundingClientRect();
      const vb = svg.viewBox.baseVal;
      const scale = vb && vb.width ? svg.getBoundingClientRect().width / vb.width : 1;
      for (const t of svg.querySelectorAll('text')) {
        if (!t.textContent?.trim() || t.getClientRects().length === 0) continue;
        count++;
        const size = parseFloat(getComputedStyle(t).fontSize) * scale;
        const r = t.getBoundingClientRect();
        if (r.left < frame.left - 0.5 || r.right > frame.right + 0.5) cut.push(t.textContent.trim());
        if (size < smallest) [smallest, smallestText] = [size, t.textContent.trim()];
      }
      // Labels that share an axis (or the axis and its title) must not touch.
      const groups = new Map<string, Element[]>();
      for (const g of svg.querySelectorAll('g[aria-label]')) {
        const label = g.getAttribute('aria-label') ?? '';
        const axis = label.match(/^([xy])-axis (tick label|label)$/)?.[1] ?? (label.startsWith('fy-axis') ? 'fy' : undefined);
        if (!axis) continue;
        groups.set(axis, [...(groups.get(axis) ?? []), ...g.querySelectorAll('text')]);
      }
      for (const [axis, texts] of groups) {
        const boxes = texts.map((t) => ({ t: t.textContent ?? '', r: t.getBoundingClientRect() })).filter((b) => b.r.width > 0);
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!.r;
            const b = boxes[j]!.r;
            const tol = 0.5;
            if (a.left < b.right - tol && b.left < a.right - tol && a.top < b.bottom - tol && b.top < a.bottom - tol) {
              overlaps.push(`${axis}: "${boxes[i]!.t}" × "${boxes[j]!.t}"`);
            }
          }
        }
      }
    }
    return { smallest, smallestText, overlaps, cut, count };
  });
}

async function pageFitsTheScreen(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, 'the page is no wider than the screen').toBeLessThanOrEqual(width);
}

async function expectLegibleCharts(root: Locator) {
  const report = await chartText(root);
  expect(report.count, 'the chart has text').toBeGreaterThan(0);
  expect(report.smallest, `smallest chart text ("${report.smallestText}")`).toBeGreaterThanOrEqual(11);
  expect(report.overlaps).toEqual([]);
  expect(report.cut, 'labels cut at the edge of the chart').toEqual([]);
}

async function inView(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  const height = page.viewportSize()!.height;
  return box !== null && box.y < height && box.y + box.height > 0;
}

const screens = [
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, hasTouch: false },
] as const;

for (const screen of screens) {
  test.describe(`${screen.name} (${screen.viewport.width}×${screen.viewport.height})`, () => {
    test.use({ viewport: screen.viewport, hasTouch: screen.hasTouch });

    test('home: every goal reachable, nothing wider than the screen', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('.goal-tile')).toHaveCount(17);
      await pageFitsTheScreen(page);
      const tiles = await page.locator('.goal-tile').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]));
      for (let i = 1; i < tiles.length; i++) {
        const [a, b] = [tiles[i - 1]!, tiles[i]!];
        const overlap = a[0]! < b[2]! - 1 && b[0]! < a[2]! - 1 && a[1]! < b[3]! - 1 && b[1]! < a[3]! - 1;
        expect(overlap, `goal tiles ${i} and ${i + 1} overlap`).toBe(false);
      }
      await page.screenshot({ path: `test-results/readers/${screen.name}-home.png`, fullPage: true });
    });

    test('1-2-1: the headline chart reads at this width; values under the pointer, the finger and the keyboard', async ({ page }) => {
      await page.goto('/indicators/1-2-1/');
      const figure = page.locator('figure.chart');
      await expectLegibleCharts(figure);
      await pageFitsTheScreen(page);
      const svg = figure.locator('svg[role="img"]:visible');
      expect((await svg.boundingBox())!.width).toBeGreaterThan(screen.viewport.width > 1000 ? 600 : 300);

      const values = page.locator('[data-chart-values]').first();
      const tip = values.locator('[data-chart-tip]');
      const mark = svg.locator('[data-tip]').nth(3);
      const expected = (await mark.getAttribute('data-tip'))!;
      expect(expected).toMatch(/^2008: \d+(\.\d)?%$/);
      if (screen.hasTouch) await mark.tap();
      else await mark.hover();
      await expect(tip).toBeVisible();
      await expect(tip).toHaveText(expected);

      // The keyboard: focus the chart, arrow along the line; each value is read out.
      await values.focus();
      await page.keyboard.press('Home');
      await expect(tip).toHaveText(/^2005: /);
      await page.keyboard.press('ArrowRight');
      await expect(tip).toHaveText(/^2006: /);
      await expect(values.locator('[data-chart-tip-live]')).toHaveText(/^2006: /);
      await page.screenshot({ path: `test-results/readers/${screen.name}-1-2-1.png` });
    });

    test('8-8-1: long period labels ("2021/22 [Note 5]") neither collide nor run off the chart', async ({ page }) => {
      await page.goto('/indicators/8-8-1/');
      await expectLegibleCharts(page.locator('figure.chart'));
    });

    test('8-5-1 with the explorer open: controls and chart both usable, a change keeps the chart in view', async ({ page }) => {
      await page.goto('/indicators/8-5-1/');
      await page.getByRole('button', { name: 'Explore the data' }).click();
      const form = page.getByRole('form', { name: 'Choose what the chart shows' });
      await expect(form).toBeVisible();
      const chart = page.locator('#headline-chart svg[role="img"]:visible');
      await expect(chart).toBeVisible();
      // On arrival the chart shows data, never "No data for this combination".
      await expect(page.getByText('No data for this combination')).toHaveCount(0);
      await expectLegibleCharts(page.locator('#headline-chart'));
      await pageFitsTheScreen(page);

      if (screen.viewport.width > 1000) {
        // Side by side: the controls beside the chart, both on the first screen.
        const f = (await form.boundingBox())!;
        const c = (await chart.boundingBox())!;
        expect(f.x + f.width).toBeLessThanOrEqual(c.x + 1);
      }
      const option = form.getByRole('checkbox').first();
      await option.scrollIntoViewIfNeeded();
      const before = await chart.innerHTML();
      await option.check();
      await expect.poll(async () => chart.innerHTML()).not.toBe(before);
      await expect.poll(async () => inView(page, page.locator('#headline-chart svg[role="img"]:visible'))).toBe(true);
      await expectLegibleCharts(page.locator('#headline-chart'));
      await page.screenshot({ path: `test-results/readers/${screen.name}-8-5-1-explorer.png` });
    });

    test('3-9-1: the map fits the screen with its legend', async ({ page }) => {
      await page.goto('/indicators/3-9-1/');
      const map = page.locator('section.map');
      await expect(map.getByRole('img').first()).toBeVisible();
      await pageFitsTheScreen(page);
      const box = (await map.locator('svg').first().boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(screen.viewport.width);
      const legendSizes = await map.getByRole('list', { name: /^Legend/ }).getByRole('listitem').evaluateAll((items) => items.map((i) => parseFloat(getComputedStyle(i).fontSize)));
      expect(Math.min(...legendSizes)).toBeGreaterThanOrEqual(11);
      await page.screenshot({ path: `test-results/readers/${screen.name}-3-9-1.png` });
    });

    test('media page: the press kit fits the screen, its chart images and copy text in reach', async ({ page }) => {
      await page.goto('/indicators/1-2-1/media/');
      await pageFitsTheScreen(page);
      const image = page.locator('main img').first();
      await expect(image).toBeVisible();
      const box = (await image.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(screen.viewport.width);
      await page.screenshot({ path: `test-results/readers/${screen.name}-media.png`, fullPage: true });
    });

    test('embed: the chart reads at this width, its source line not cut off', async ({ page }) => {
      await page.goto('/embed/1-2-1/');
      await expectLegibleCharts(page.locator('body'));
      await pageFitsTheScreen(page);
      const source = page.getByText(/Source:/).first();
      await expect(source).toBeVisible();
      const box = (await source.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(screen.viewport.width);
      await page.screenshot({ path: `test-results/readers/${screen.name}-embed.png` });
    });
  });
}
