import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
/**
 * The press kit, the embed and the map, as a reader meets them on a phone (390×844, touch) and a desktop
 * (1280×800): words never cut, the embedded chart's frame as tall as its content, the map's values under the
 * pointer, the finger and the keyboard, its zoom, its legend and its codes without a boundary.
 */
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';

const SCREENS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, hasTouch: false },
] as const;

/** The text a <text> element shows, at the size it is drawn on screen (CSS px). */
async function drawnTextSizes(svg: Locator): Promise<number[]> {
  return svg.evaluate((el) => {
    const s = el as SVGSVGElement;
    const scale = s.getBoundingClientRect().width / (s.viewBox.baseVal?.width || s.width.baseVal.value);
    return [...s.querySelectorAll('text')].filter((t) => t.textContent?.trim()).map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale);
  });
}

/** No element pokes out sideways: the page does not scroll horizontally. */
async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

for (const screen of SCREENS) {
  test.describe(`${screen.name} ${screen.viewport.width}×${screen.viewport.height}`, () => {
    test.use({ viewport: screen.viewport, hasTouch: screen.hasTouch });

    test('media page: each quote names the measure and the source once; the poster and the embed code fit the screen', async ({ page }) => {
      await page.goto('/indicators/3-2-2/media/');
      const quotes = await page.locator('.figures .quote').allTextContents();
      expect(quotes.length).toBeGreaterThan(1);
      for (const q of quotes) {
        expect(q).toMatch(/^Number of neonatal deaths per 1,000 live births \(Neonatal mortality rate\)(: |, change from)/);
        expect(q.match(/Office for National Statistics/g)).toHaveLength(1);
        expect(q).toMatch(/Source: Office for National Statistics \(ONS\); NISRA\.$/);
      }
      const poster = page.locator('img.poster');
      await expect(poster).toBeVisible();
      expect(await poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);
      const box = (await poster.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(screen.viewport.width);
      await expect(page.locator('#embed-code')).toContainText('addEventListener("message"');
      await noSidewaysScroll(page);
    });

    test('embed page: one chart drawn for the width, labels 11–17 px, the source and licence line in full', async ({ page }) => {
      await page.goto('/embed/3-9-1/');
      const chart = page.locator('svg[role="img"]:visible');
      await expect(chart).toHaveCount(1);
      for (const size of await drawnTextSizes(chart)) {
        expect(size).toBeGreaterThanOrEqual(11);
        expect(size).toBeLessThanOrEqual(17.5);
      }
      const source = page.locator('[data-embed-source]');
      await expect(source).toContainText('Source: ');
      await expect(source).toContainText('Open Government Licence');
      // Not clipped: as wide as its own text needs, inside the page.
      expect(await source.evaluate((p) => p.scrollWidth <= p.clientWidth && p.getBoundingClientRect().right <= innerWidth)).toBe(true);
      await noSidewaysScroll(page);
    });
  });
}

/** A newsroom's web server on a free local port, answering every request with `html`; closed after the test. */
const servers: Server[] = [];
test.afterEach(() => { for (const s of servers.splice(0)) s.close(); });
async function newsroom(html: string): Promise<string> {
  const server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/article/`;
}

/** A newsroom's article holding the embed code, as the media page gives it, for a site served where the tests run. */
async function hostPage(page: Page, baseURL: string, width: number): Promise<FrameLocator> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto('/indicators/3-9-1/media/');
  const code = (await page.locator('#embed-code').textContent())!;
  const siteUrl = /src="(https?:\/\/[^/"]+)/.exec(code)![1]!;
  // The build's SITE_URL stands for the deployed site; here the test server under another name (localhost), so
  // that the article (written into a page of 127.0.0.1) is of another origin, as a newsroom's would be.
  // (Chromium blocks a page served from outside, or made up by the test, from framing a local address.)
  const pasted = code.split(siteUrl).join(baseURL.replace('127.0.0.1', 'localhost'));
  // The article is served by a newsroom's server of its own (a second local server, started by the test,
  // without the portal's security headers, whose frame-src would rightly refuse to frame another origin).
  const article = await newsroom(`<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"><title>Article</title></head><body style="margin:0"><p>Before.</p>${pasted}<p id="after">After.</p></body></html>`);
  await page.goto(article);
  return page.frameLocator('iframe');
}

for (const width of [320, 1200]) {
  test(`the embed code's frame grows to its content at ${width} px: the source line is inside the frame`, async ({ page, baseURL }) => {
    const frame = await hostPage(page, baseURL!, width);
    const source = frame.locator('[data-embed-source]');
    await expect(source).toContainText('Open Government Licence');
    const iframe = page.locator('iframe');
    // The frame's height follows the content (the default is 600 px; the script sets it to the page's).
    await expect.poll(async () => {
      const inner = await frame.locator('html').evaluate((h) => ({ content: Math.ceil(h.getBoundingClientRect().height), view: innerHeight }));
      return inner.content <= inner.view && inner.view - inner.content <= 2;
    }).toBe(true);
    const f = (await iframe.boundingBox())!;
    const s = (await source.boundingBox())!;
    expect(f.width).toBeLessThanOrEqual(Math.min(width, 800));
    expect(s.y + s.height).toBeLessThanOrEqual(f.y + f.height);
    expect(s.x + s.width).toBeLessThanOrEqual(f.x + f.width);
    await expect(frame.locator('svg[role="img"]:visible')).toHaveCount(1);
  });
}

test('the embed frame ignores height messages from another origin', async ({ page, baseURL }) => {
  await hostPage(page, baseURL!, 800);
  const iframe = page.locator('iframe');
  await expect.poll(async () => (await iframe.boundingBox())!.height).not.toBe(600);
  const before = (await iframe.boundingBox())!.height;
  // The host page itself (another origin) posts a message of the right shape: it must not be obeyed.
  // Resolved by a listener added after the embed code's, so that one has already handled the message.
  await page.evaluate((type) => new Promise<void>((resolve) => {
    addEventListener('message', () => resolve(), { once: true });
    window.postMessage({ type, height: 5 }, '*');
  }), 'sdg-portal:embed-height');
  expect((await iframe.boundingBox())!.height).toBe(before);
});

/** The map's section, and the JSON it carries. */
async function openMap(page: Page, path: string) {
  await page.goto(path);
  const map = page.locator('section.map');
  await expect(map.locator('[data-map-hint]')).toBeVisible();
  return map;
}

const tip = (map: Locator) => map.locator('[data-map-tip]');

for (const screen of SCREENS) {
  test.describe(`3.9.1 map, ${screen.name}`, () => {
    test.use({ viewport: screen.viewport, hasTouch: screen.hasTouch });

    test(`the value under the ${screen.hasTouch ? 'finger' : 'pointer'} and the keyboard, inside the map`, async ({ page }) => {
      const map = await openMap(page, '/indicators/3-9-1/');
      const area = map.locator('path[data-code="E09000033"]'); // Westminster
      if (screen.hasTouch) await area.tap();
      else await area.hover();
      await expect(tip(map)).toBeVisible();
      await expect(tip(map)).toHaveText(/^Westminster\s*[\d.,]+.* in \d{4}$/);
      const t = (await tip(map).boundingBox())!;
      const frame = (await map.locator('[data-map-frame]').boundingBox())!;
      expect(t.x).toBeGreaterThanOrEqual(frame.x - 1);
      expect(t.x + t.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
      expect(t.x + t.width).toBeLessThanOrEqual(screen.viewport.width);

      // Keyboard: the map is one Tab stop; arrows move to a neighbour, whose name is read and shown.
      await page.keyboard.press('Escape');
      await map.getByLabel('Year shown on the map').focus();
      let focused = '';
      for (let i = 0; i < 6 && !focused; i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => (document.activeElement as Element | null)?.getAttribute('data-code') ?? '');
      }
      expect(focused).not.toBe('');
      await expect(tip(map)).toBeVisible();
      const label = await page.evaluate(() => document.activeElement!.getAttribute('aria-label'));
      expect(label).toMatch(/^.+: ([\d.,]+.* in \d{4}|No data for \d{4})$/);
      await page.keyboard.press('ArrowRight');
      const next = await page.evaluate(() => document.activeElement!.getAttribute('data-code'));
      expect(next).not.toBe(focused);
      await expect(tip(map).locator('strong')).toHaveText(await page.evaluate(() => document.activeElement!.getAttribute('aria-label')!.replace(/: [^:]*$/, '')));
      await page.keyboard.press('Escape');
      await expect(tip(map)).toBeHidden();
    });

    test('zoom to London and back; the legend ends at the largest value; missing boundaries in words', async ({ page }) => {
      const map = await openMap(page, '/indicators/3-9-1/');
      const svg = map.locator('svg.map-svg');
      const whole = await svg.getAttribute('viewBox');
      await map.getByLabel('Zoom the map to').selectOption({ label: 'London' });
      await expect(map.locator('[data-map-live]')).toHaveText('The map is zoomed to London.');
      const [, , w, h] = (await svg.getAttribute('viewBox'))!.split(' ').map(Number);
      const [, , W, H] = whole!.split(' ').map(Number);
      expect(w! * h!).toBeLessThan((W! * H!) / 20);
      // The map keeps its place on the page: zooming changes what it shows, not its size.
      const box = (await svg.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(screen.viewport.width);
      await map.getByRole('button', { name: 'Show the whole map' }).click();
      await expect(svg).toHaveAttribute('viewBox', whole!);
      await expect(map.locator('[data-map-live]')).toHaveText('The whole map is shown.');

      // Every year's values: in the page, or (a large map) in the file it names.
      const payload = await map.locator('[data-map-values]').evaluate((s) => JSON.parse(s.textContent!) as { values: Record<string, Record<string, number>>; valuesUrl?: string });
      const values = payload.valuesUrl ? ((await (await page.request.get(payload.valuesUrl)).json()) as typeof payload.values) : payload.values;
      const max = Math.max(...Object.values(values).flatMap((v) => Object.values(v)));
      const classes = await map.locator('.map-legend li').allTextContents();
      expect(classes.at(-1)).toBe('No data');
      const top = Number(/ to ([\d,.]+)$/.exec(classes.at(-2)!)![1]!.replace(/,/g, ''));
      expect(Math.abs(top - max)).toBeLessThan(0.05);

      const unmatched = map.locator('[data-map-unmatched]');
      await expect(unmatched.locator('p').first()).toHaveText('Not drawn: 1 country and 9 regions, whose figures are totals over areas of the map.');
      await expect(unmatched.locator('p').nth(1)).toHaveText('6 districts have codes newer than the 2016 boundary file: boundaries have changed since, so they are not drawn.');
      // The raw codes wait behind a summary, with the names the data give them.
      await expect(unmatched.getByText('E07000244')).toBeHidden();
      await unmatched.getByText('The codes with no boundary (16)').click();
      await expect(unmatched.locator('li', { hasText: 'E07000244' })).toHaveText('E07000244 East Suffolk');
      await noSidewaysScroll(page);
    });
  });
}

test('the Arabic map: the tooltip in Arabic, inside the map, the missing boundaries explained in Arabic', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const map = await openMap(page, '/ar/indicators/3-9-1/');
  await map.locator('path[data-code="E09000033"]').hover();
  await expect(tip(map)).toBeVisible();
  await expect(tip(map).locator('strong')).toHaveText('Westminster');
  await expect(tip(map).locator('span')).toContainText('\u0641\u064a'); // "في" (in)
  const t = (await tip(map).boundingBox())!;
  expect(t.x).toBeGreaterThanOrEqual(0);
  expect(t.x + t.width).toBeLessThanOrEqual(390);
  await expect(map.locator('[data-map-unmatched] p').nth(1)).toContainText('2016');
  await expect(map.locator('[data-map-unmatched] p').nth(1)).not.toContainText('E06');
  await noSidewaysScroll(page);
});

// Every sentence the build writes around an Arabic map is Arabic (the map is made once per page language, however
// many routes ask for it): its title, legend classes and the reasons some codes are not drawn.
for (const id of ['3-9-1', '8-10-1']) {
  test(`the Arabic map of ${id} is worded in Arabic throughout`, async ({ page }) => {
    const map = await openMap(page, `/ar/indicators/${id}/`);
    await expect(map.locator('#map-title')).toHaveText(/^خريطة: /);
    for (const c of (await map.locator('.map-legend li').allTextContents()).slice(0, -1)) expect(c).toMatch(/^من .+ إلى .+$/);
    await expect(map.locator('.map-legend li').last()).toHaveText('لا توجد بيانات');
    for (const p of await map.locator('[data-map-unmatched] p').allTextContents()) expect(p).not.toMatch(/\b(drawn|boundary|codes?|the)\b/);
  });
}

test.describe('a map with many areas over many years (8.10.1: 380 districts, 12 years)', () => {
  test('the page carries the year it shows; another year is fetched when picked, and said', async ({ page }) => {
    const map = await openMap(page, '/indicators/8-10-1/');
    const payload = await map.locator('[data-map-values]').evaluate((s) => JSON.parse(s.textContent!) as { values: Record<string, unknown>; valuesUrl?: string; year: string });
    expect(Object.keys(payload.values)).toEqual([payload.year]);
    expect(payload.valuesUrl).toMatch(/^\/explorer\/8-10-1\/m-[\w-]{12}\.json$/);
    const all = (await (await page.request.get(payload.valuesUrl!)).json()) as Record<string, Record<string, number>>;
    expect(Object.keys(all).length).toBeGreaterThan(5);

    const year = map.getByLabel('Year shown on the map');
    const first = Object.keys(all).sort()[0]!;
    const fetched = page.waitForResponse((r) => r.url().endsWith(payload.valuesUrl!));
    await year.selectOption(first);
    expect((await fetched).status()).toBe(200);
    await expect(map.locator('[data-map-desc]')).toContainText(first);
    await expect(map.locator('[data-map-live]')).toContainText(first);
    // The table lists that year's areas, with its values.
    await expect(map.locator('[data-map-rows] tr')).toHaveCount(Object.keys(all[first]!).length);
    const code = Object.keys(all[first]!)[0]!;
    await expect(map.locator('path[data-code="' + code + '"]')).not.toHaveAttribute('fill', 'url(#map-nodata)');
  });

  test('offline, the map stays on the year it shows and says why', async ({ page }) => {
    await page.route('**/explorer/8-10-1/m-*.json', (route) => route.abort());
    const map = await openMap(page, '/indicators/8-10-1/');
    const year = map.getByLabel('Year shown on the map');
    const shown = await year.inputValue();
    const other = (await year.locator('option').allTextContents()).find((y) => y !== shown)!;
    await year.selectOption(other);
    await expect(map.locator('[data-map-live]')).toHaveText(`The values for that year could not be loaded; the map still shows ${shown}.`);
    await expect(year).toHaveValue(shown);
    await expect(map.locator('[data-map-desc]')).toContainText(shown);
  });
});
