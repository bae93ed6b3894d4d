/**
 * Consistency and polish across screens: one rule for "has data" (badges and counts agree), the header's
 * search box (with and without JavaScript), search by concept and number without the keywords in excerpts,
 * the researcher table's exact filters and sorting, and how a shared link looks.
 */
import { expect, test, type Page } from '@playwright/test';

type Box = { x: number; y: number; width: number; height: number };
import { expectNoViolations } from '../a11y/axe-check.ts';

const GOALS = Array.from({ length: 17 }, (_, i) => String(i + 1));
const NO_DATA_YET = 'Reported online — no data yet';
const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

test.describe('one rule for "has data"', () => {
  test('home tiles, goal pages and /status/ count the same indicators as reported online with data', async ({ page, request }) => {
    await page.goto('/');
    const tiles = await page.locator('.goal-tile .count').allTextContents();
    await page.goto('/status/');
    const headers = await page.locator('thead th').allTextContents();
    const online = headers.indexOf('Reported online');
    expect(headers).toContain(NO_DATA_YET);
    for (const [i, goal] of GOALS.entries()) {
      const fromTile = Number(/^(\d+) of/.exec(tiles[i]!)![1]);
      const fromStatus = Number(await page.locator('tbody tr').nth(i).locator('th, td').nth(online).textContent());
      const html = await (await request.get(`/goals/${goal}/`)).text();
      // Badges: class="status status-complete" is "Reported online"; status-nodata is "… no data yet".
      const fromBadges = count(html, /class="status status-complete"/g);
      expect([goal, fromTile, fromStatus], `goal ${goal}`).toEqual([goal, fromBadges, fromBadges]);
    }
  });

  test('the home page\'s total is the status page\'s "Reported online" total', async ({ page }) => {
    await page.goto('/status/');
    const headers = await page.locator('thead th').allTextContents();
    const online = await page.locator('tfoot tr').locator('th, td').nth(headers.indexOf('Reported online')).textContent();
    const total = await page.locator('tfoot td.num').last().textContent();
    await page.goto('/');
    await expect(page.locator('main p').nth(1)).toContainText(`${online} of ${total} indicators have data online.`);
  });

  test('a "Reported online" indicator without values says so in its badge, on its goal page and its own page', async ({ page }) => {
    await page.goto('/goals/13/');
    const item = page.locator('.indicators li', { has: page.locator('.status-nodata') }).first();
    await expect(item.locator('.status')).toHaveText(NO_DATA_YET);
    await item.locator('a').click();
    await expect(page.locator('.summary .status')).toHaveText(NO_DATA_YET);
    await expect(page.locator('#no-data')).toBeVisible();
  });

  test('in French, the label is built from the status\'s own label', async ({ page }) => {
    await page.goto('/fr/goals/13/');
    await expect(page.locator('.status-nodata').first()).toContainText('— pas encore de données');
  });
});

test.describe('search from the header', () => {
  test('without JavaScript, the header\'s form takes the words to the search page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/indicators/1-2-1/');
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('gender pay gap');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/\?q=gender\+pay\+gap$/);
    await expect(page.getByText('Search needs JavaScript.')).toBeVisible();
    await page.goto('/fr/goals/1/');
    await expect(page.locator('form.site-search')).toHaveAttribute('action', '/fr/search/');
    await context.close();
  });

  const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  for (const [width, height] of [[390, 844], [1280, 800]] as const) {
    for (const lang of ['', '/ar'] as const) {
      test(`at ${width} px${lang ? ' in Arabic' : ''}, the box sits in the header beside nothing it covers, and searches`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await page.goto(`${lang}/indicators/8-5-1/`);
        const form = page.locator('.site-header form.site-search');
        const input = form.getByRole('searchbox');
        const button = form.getByRole('button');
        await expect(input).toBeVisible();
        await expect(button).toBeVisible();
        const [f, i, b, brand, nav] = await Promise.all([form, input, button, page.locator('.site-header .brand'), page.locator('.site-header nav').last()].map(async (l) => (await l.boundingBox())!));
        // Inside the page's width, wide enough to type into, and clear of the site's name and the menu.
        expect(f!.x, 'form inside the page').toBeGreaterThanOrEqual(0);
        expect(f!.x + f!.width, 'form inside the page').toBeLessThanOrEqual(width);
        expect(i!.width, 'input width').toBeGreaterThanOrEqual(width < 600 ? 200 : 250);
        expect(overlap(i!, b!), 'input and button').toBe(false);
        for (const [name, other] of [['brand', brand], ['menu', nav]] as const) expect(overlap(f!, other!), `form and ${name}`).toBe(false);
        await input.fill('pay gap');
        await input.press('Enter');
        await expect(page).toHaveURL(new RegExp(`${lang}/search/\\?q=pay\\+gap$`));
      });
    }
  }

  test('with JavaScript, the search page runs ?q= and finds 8.5.1 by a concept it uses', async ({ page }) => {
    await page.goto('/goals/8/');
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('gender pay gap');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=gender\+pay\+gap$/);
    await expect(page.locator('.pagefind-ui__search-input')).toHaveValue('gender pay gap');
    // Pagefind loads its index on first search: slow on a busy machine, so wait longer than the default.
    await expect(page.locator('.pagefind-ui__result-link[href="/indicators/8-5-1/"]')).toBeVisible({ timeout: 15_000 });
  });

  test('typing on the search page keeps the address in step', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.locator('form.site-search')).toHaveCount(0);
    await expect(page.locator('#search-nojs')).toBeHidden();
    await page.locator('.pagefind-ui__search-input').fill('8.5.1');
    await expect(page).toHaveURL(/\/search\/\?q=8\.5\.1$/);
    await page.locator('.pagefind-ui__search-input').fill('');
    await expect(page).toHaveURL(/\/search\/$/);
  });

  for (const query of ['8-5-1', '851']) {
    test(`"${query}" finds 8.5.1 with an excerpt free of the hidden keywords`, async ({ page }) => {
      await page.goto(`/search/?q=${query}`);
      const result = page.locator('.pagefind-ui__result').first();
      await expect(result.locator('.pagefind-ui__result-link')).toHaveAttribute('href', '/indicators/8-5-1/', { timeout: 15_000 });
      await expect(result.locator('.pagefind-ui__result-excerpt')).not.toBeEmpty();
      await expect(result.locator('.pagefind-ui__result-excerpt')).not.toContainText(/8-5-1|\b851\b|pay gaps?,/);
      await expect(result.locator('.pagefind-ui__result-tag')).toHaveCount(0);
    });
  }
});

test.describe('researcher table', () => {
  const column = async (page: Page, name: string) => (await page.locator('thead th').allTextContents()).indexOf(name);
  const cells = async (page: Page, col: number) => page.locator(`tbody tr td:nth-child(${col + 1})`).allTextContents();

  test('the value comes right after the year, series and unit', async ({ page }) => {
    await page.goto('/indicators/8-5-1/data/');
    await expect(page.locator('thead th')).toHaveText(['Year', 'Series', 'Unit', 'Value', 'Unit multiplier', 'Area code', 'Age', 'Country', 'Region',
      'Disability status', 'Sex', 'Sex by disability', 'Occupation', 'Working Pattern', 'Observation status']);
  });

  test('choosing "Male" shows only Male, never Female', async ({ page }) => {
    await page.goto('/indicators/8-5-1/data/');
    await page.getByLabel('Sex', { exact: true }).selectOption('Male');
    await expect(page.locator('[data-status]')).toHaveText(/^Page 1 of \d+: [\d,]+ rows\.$/);
    expect(new Set(await cells(page, await column(page, 'Sex')))).toEqual(new Set(['Male']));
    await page.getByRole('button', { name: 'Next rows' }).click();
    expect(new Set(await cells(page, await column(page, 'Sex')))).toEqual(new Set(['Male']));
  });

  test('blank values sort last, ascending and descending', async ({ page }) => {
    // The rows arrive late (a slow connection): the header says "sorted" only once the rows are.
    await page.route('**/downloads/5-2-2.json', async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    });
    await page.goto('/indicators/5-2-2/data/');
    const value = await column(page, 'Value');
    for (const dir of ['ascending', 'descending']) {
      await page.getByRole('button', { name: 'Value' }).click();
      await expect(page.locator(`th[aria-sort="${dir}"]`)).toHaveText('Value');
      const values = await cells(page, value);
      const firstBlank = values.indexOf('');
      expect(firstBlank, dir).toBeGreaterThan(0);
      expect(values.slice(firstBlank).every((v) => v === ''), dir).toBe(true);
      const numbers = values.slice(0, firstBlank).map(Number);
      expect(numbers, dir).toEqual([...numbers].sort((a, b) => (dir === 'ascending' ? a - b : b - a)));
    }
  });

  test('without JavaScript: the first rows and where to get them all, no dead filters', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/indicators/8-5-1/data/');
    await expect(page.locator('[data-observations] tbody tr')).toHaveCount(100);
    await expect(page.locator('[data-observations] select')).toHaveCount(11);
    for (const select of await page.locator('[data-observations] select').all()) await expect(select).toBeHidden();
    await expect(page.locator('[data-status]')).toHaveText('Showing the first 100 of 9,114 rows. The CSV above has them all.');
    await expect(page.getByText('The tidy CSV (in all.zip) has 16 more rows than this table')).toBeVisible();
    await context.close();
  });
});

test.describe('shared links', () => {
  const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`);

  test('an indicator page: title, the generated sentence, its chart image, address and language', async ({ page, request }) => {
    await page.goto('/indicators/8-5-1/');
    const sentence = await page.locator('#headline-sentence').textContent();
    await expect(meta(page, 'og:title')).toHaveAttribute('content', /^8\.5\.1 Average \(mean\) hourly earnings/);
    await expect(meta(page, 'og:description')).toHaveAttribute('content', sentence!);
    await expect(meta(page, 'og:url')).toHaveAttribute('content', 'http://127.0.0.1:4321/indicators/8-5-1/');
    await expect(meta(page, 'og:locale')).toHaveAttribute('content', 'en');
    await expect(meta(page, 'twitter:card')).toHaveAttribute('content', 'summary_large_image');
    const image = await meta(page, 'og:image').getAttribute('content');
    expect(image).toBe('http://127.0.0.1:4321/downloads/charts/8-5-1-1200x675.png');
    const png = await request.get(new URL(image!).pathname);
    expect(png.headers()['content-type']).toContain('image/png');
  });

  test('a French indicator page has its own address, language and image', async ({ page }) => {
    await page.goto('/fr/indicators/1-2-1/');
    await expect(meta(page, 'og:url')).toHaveAttribute('content', 'http://127.0.0.1:4321/fr/indicators/1-2-1/');
    await expect(meta(page, 'og:locale')).toHaveAttribute('content', 'fr');
    await expect(meta(page, 'og:image')).toHaveAttribute('content', 'http://127.0.0.1:4321/fr/downloads/charts/1-2-1-1200x675.png');
  });

  test('a goal page and a story page', async ({ page }) => {
    await page.goto('/goals/8/');
    await expect(meta(page, 'og:title')).toHaveAttribute('content', 'Goal 8: Decent work and economic growth');
    await expect(meta(page, 'og:description')).toHaveAttribute('content', /^Promote sustained, inclusive/);
    await expect(meta(page, 'og:url')).toHaveAttribute('content', 'http://127.0.0.1:4321/goals/8/');
    // The goal's first indicator with a chart is 8.1.1.
    await expect(meta(page, 'og:image')).toHaveAttribute('content', 'http://127.0.0.1:4321/downloads/charts/8-1-1-1200x675.png');
    await expect(meta(page, 'twitter:card')).toHaveAttribute('content', 'summary_large_image');
    await page.goto('/stories/women-in-parliament/');
    await expect(meta(page, 'og:type')).toHaveAttribute('content', 'article');
    await expect(meta(page, 'og:title')).toHaveAttribute('content', 'A century of women in Parliament');
    await expect(meta(page, 'og:image')).toHaveAttribute('content', /^http:\/\/127\.0\.0\.1:4321\/downloads\/charts\/5-5-1-1200x675\.png$/);
    await expect(meta(page, 'twitter:card')).toHaveAttribute('content', 'summary_large_image');
  });
});

test.describe('accessibility of the pages changed', () => {
  for (const path of ['/', '/status/', '/goals/13/', '/indicators/1-5-3/', '/ar/status/', '/ar/indicators/8-5-1/data/']) {
    test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      if (path.endsWith('/data/')) await expect(page.locator('[data-controls]')).toBeVisible();
      await expectNoViolations(page);
    });
  }

  test('axe on the search page with results from ?q=', async ({ page }) => {
    await page.goto('/search/?q=gender%20pay%20gap');
    await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });
    await expectNoViolations(page);
  });
});
