import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';

const DIST = process.env['DIST_DIR'] ?? 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}

/** A CSV as published: its rows (blank lines aside), and how many repeat an earlier row's keys (the charts keep the first). */
function sourceRows(id: string): { rows: number; repeats: number } {
  const [header, ...rows] = Papa.parse<string[]>(readFileSync(`data/uk/data/indicator_${id}.csv`, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
  const value = header!.indexOf('Value');
  return { rows: rows.length, repeats: rows.length - new Set(rows.map((r) => JSON.stringify(r.filter((_, i) => i !== value).map((c) => c.trim())))).size };
}

/** Indicators whose published CSV itself holds the word as a cell (3.d.2 has "undefined" as an observation status). */
const inData = (word: string) =>
  new Set(readdirSync('data/uk/data').filter((f) => new RegExp(`(^|,)${word}(,|$)`, 'm').test(readFileSync(`data/uk/data/${f}`, 'utf8'))).map((f) => f.replace(/^indicator_|\.csv$/g, '')));

test('no built page shows "NaN" or "undefined" to a reader, unless the data say so in a table cell', () => {
  const quoted = new Set([...inData('NaN'), ...inData('undefined')]);
  const offenders = htmlFiles(DIST).filter((file) => {
    let text = readFileSync(file, 'utf8').replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<style\b[\s\S]*?<\/style>/g, '');
    const id = /indicators\/([^/]+)\//.exec(file)?.[1];
    if (id && quoted.has(id)) text = text.replace(/<td\b[^>]*>\s*(NaN|undefined)\s*<\/td>/g, '');
    return /\b(NaN|undefined)\b/.test(text);
  });
  expect(offenders).toEqual([]);
});

test.describe('citizens', () => {
  test('an indicator page opens with its sentence, what it measures, and the other two views', async ({ page }) => {
    await page.goto('/indicators/1-2-1/');
    await expect(page.locator('#headline-sentence')).toHaveText('In 2018, the figure was 18.9%, up from 16.6% in 2015.');
    await expect(page.getByRole('heading', { name: 'What this measures' })).toBeVisible();
    await page.getByRole('link', { name: 'For journalists: key figures, chart images and how to cite' }).click();
    await expect(page).toHaveURL(/\/indicators\/1-2-1\/media\/$/);
    await page.getByRole('link', { name: 'For researchers: every observation, metadata and downloads' }).click();
    await expect(page).toHaveURL(/\/indicators\/1-2-1\/data\/$/);
  });

  test('data with no values get the plain fallback', async ({ page }) => {
    await page.goto('/indicators/1-5-2/');
    await expect(page.locator('#headline-sentence')).toHaveText('These data cannot be summed up in one sentence; the table and the downloads give every value.');
  });

  test('the landing page starts from questions and lists the sentences', async ({ page }) => {
    await page.goto('/citizens/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('For citizens: the goals in plain words');
    await expect(page.getByText('Are things getting better or worse?')).toBeVisible();
    await expect(page.locator('.plain li', { hasText: '1.2.1 ' })).toContainText('In 2018, the figure was 18.9%, up from 16.6% in 2015.');
  });
});

test.describe('media', () => {
  test('key figures, chart downloads, embed code, citation and press contact', async ({ page }) => {
    await page.goto('/indicators/3-1-1/media/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Indicator 3.1.1: for journalists');
    const figures = page.locator('.figures > div');
    await expect(figures).toHaveCount(4);
    await expect(figures.nth(0)).toContainText('10.90 per 100,000 maternities (2018-20). Source: National Perinatal Epidemiology Unit (NPEU).');
    await expect(figures.nth(2)).toContainText('+2.11 per 100,000 maternities');
    await expect(page.locator('#embed-code')).toContainText('/embed/3-1-1/" title="');
    await expect(page.locator('#citation-bibtex')).toContainText('@misc{sdg_3_1_1,');
    await expect(page.getByText('Last updated: 10 November 2022; Next release: 10 November 2023 (provisional)')).toBeVisible();
    await expect(page.locator('#press-contact')).toHaveText(/press/i);
  });

  test('the PNGs open at 1200×675 and 800×600 and the SVG carries title, source and licence', async ({ request }) => {
    for (const [width, height] of [[1200, 675], [800, 600]]) {
      const png = await (await request.get(`/downloads/charts/3-1-1-${width}x${height}.png`)).body();
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width, height]);
    }
    const svg = await (await request.get('/downloads/charts/3-1-1-800x600.svg')).text();
    expect(svg).toContain('width="800" height="600"');
    expect(svg).toContain('Maternal mortality rate per 100,000 maternities');
    expect(svg).toContain('Source: National Perinatal Epidemiology Unit (NPEU).');
    expect(svg).toContain('Open Government Licence v3.0');
  });

  test('the embed page shows the chart alone', async ({ page }) => {
    await page.goto('/embed/3-1-1/');
    await expect(page.locator('svg[role="img"]:visible')).toHaveCount(1);
    await expect(page.locator('header, footer, nav')).toHaveCount(0);
  });
});

test.describe('researchers', () => {
  test('8.5.1: under 500 KB of HTML, first rows without JavaScript', async ({ browser }) => {
    expect(statSync(join(DIST, 'indicators/8-5-1/data/index.html')).size).toBeLessThan(500 * 1024);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/indicators/8-5-1/data/');
    await expect(page.locator('[data-observations] tbody tr')).toHaveCount(100);
    await expect(page.locator('[data-status]')).toHaveText('Showing the first 100 of 9,114 rows. The CSV above has them all.');
    await expect(page.getByLabel('Filter rows')).toBeHidden();
    await context.close();
  });

  test('filtering, sorting and paging run over every row', async ({ page }) => {
    await page.goto('/indicators/8-5-1/data/');
    await page.getByLabel('Country').selectOption('Wales');
    await page.getByLabel('Sex', { exact: true }).selectOption('Female');
    await page.getByLabel('Year').selectOption('2021');
    await expect(page.locator('[data-status]')).toHaveText(/^Page 1 of \d+: [\d,]+ rows\.$/);
    const rows = page.locator('[data-observations] tbody tr');
    await expect(rows.first()).toContainText('Wales');
    await page.getByRole('button', { name: 'Value' }).click();
    await expect(page.locator('th[aria-sort="ascending"]')).toHaveText('Value');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('button', { name: 'Next rows' }).click();
    await expect(page.locator('[data-status]')).toHaveText('Page 2 of 92: 9,114 rows.');
  });

  test('metadata fields carry labels, never raw keys', async ({ page }) => {
    await page.goto('/indicators/1-2-1/data/');
    await expect(page.locator('dl.meta dt', { hasText: 'UN designated tier' })).toBeVisible();
    await expect(page.locator('dl.meta dt', { hasText: /^[a-z]+_[a-z_0-9]+$/ })).toHaveCount(0);
  });

  for (const id of ['1-2-1', '8-5-1', '3-1-1']) {
    // The tidy CSVs of data published as CSV are in all.zip, not beside the CSV as published (see README, "Downloads").
    test(`the tidy CSV of ${id} (in all.zip) has every row of the published one, repeats flagged, with "Total" and numeric values`, async ({ request }) => {
      expect((await request.get(`/downloads/${id}-tidy.csv`)).status()).toBe(404);
      const zip = unzipSync(new Uint8Array(await (await request.get('/downloads/all.zip')).body()));
      const text = strFromU8(zip[`tidy/${id}-tidy.csv`]!);
      const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
      const { rows: published, repeats } = sourceRows(id);
      expect(rows.length).toBe(published);
      const value = header!.indexOf('Value');
      const duplicateOf = header!.indexOf('Duplicate of line');
      expect(header!.slice(value)).toEqual(repeats > 0 ? ['Value', 'Duplicate of line'] : ['Value']);
      expect(rows.filter((r) => duplicateOf >= 0 && r[duplicateOf] !== '').length).toBe(repeats);
      expect(rows.every((r) => r[value] === '' || Number.isFinite(Number(r[value])))).toBe(true);
      expect(rows.some((r) => r.includes('Total'))).toBe(true);
    });
  }

  test('all.zip: every checksum in the manifest matches its file', async ({ request }) => {
    const files = unzipSync(new Uint8Array(await (await request.get('/downloads/all.zip')).body()));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { files: { path: string; sha256: string; bytes: number }[] };
    expect(manifest.files.length).toBeGreaterThan(500);
    for (const f of manifest.files) {
      const bytes = files[f.path]!;
      expect(bytes.length).toBe(f.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
    }
    expect(files['data/indicator_1-2-1.csv']).toEqual(new Uint8Array(readFileSync('data/uk/data/indicator_1-2-1.csv')));
  });

  test('/api/indicators.json lists every indicator with links that resolve', async ({ request }) => {
    const index = (await (await request.get('/api/indicators.json')).json()) as { indicators: { id: string; lastYear: string | null; downloads: Record<string, string> }[] };
    expect(index.indicators.length).toBe(readdirSync('data/uk/meta').filter((f) => /\.(md|ya?ml)$/.test(f)).length);
    const one = index.indicators.find((i) => i.id === '1-2-1')!;
    expect(one).toMatchObject({ id: '1-2-1', status: 'complete', goal: '1', lastYear: '2018', units: ['Percentage (%)'] });
    for (const href of Object.values(one.downloads)) expect((await request.get(href)).status()).toBe(200);
  });

  test('the landing pages of media and researchers start from their questions', async ({ page }) => {
    await page.goto('/media/');
    await expect(page.getByText('Can I publish the chart?')).toBeVisible();
    await page.goto('/researchers/');
    await expect(page.getByText('Can I download everything at once?')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Every indicator: data and metadata with checksums (ZIP)' })).toHaveAttribute('href', '/downloads/all.zip');
  });
});
