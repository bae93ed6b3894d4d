/**
 * The site in three languages (`npm test` builds the bundled data with SDG_LANGUAGES=en,fr,ar): a reader walks
 * home → goal → indicator → media → data in each, following links; every page says its language and direction,
 * its switcher leads to the same page in each language, and no interface text is left in English.
 */
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { ar } from '../../src/i18n/ar.ts';

const LANGUAGES = [
  { lang: 'en', prefix: '', dir: 'ltr', strings: en, name: 'English' },
  { lang: 'fr', prefix: '/fr', dir: 'ltr', strings: fr, name: 'Français' },
  { lang: 'ar', prefix: '/ar', dir: 'rtl', strings: ar, name: 'العربية' },
] as const;

/** English interface strings with no placeholder that the language translates differently: none may show on its pages. */
function englishLeftovers(strings: Record<string, string>): Set<string> {
  return new Set(Object.entries(en).filter(([key, text]) => !text.includes('{') && text.length >= 4 && strings[key] !== text).map(([, text]) => text));
}

/**
 * Text of the interface parts of a page (navigation, headings, labels, buttons, notes), one string per element.
 * Text from the data and metadata is marked dir="auto" (it is in whatever language the NSO wrote it) and left out.
 */
async function interfaceTexts(page: Page): Promise<string[]> {
  return page.locator(':is(header a, header nav, footer p, h2, h3, dt, button, label, legend, summary, th, .kicker, .notice, nav.breadcrumbs a):not([dir="auto"])').allInnerTexts();
}

async function checkPage(page: Page, l: (typeof LANGUAGES)[number], path: string) {
  await expect(page).toHaveURL(new RegExp(`${l.prefix}${path.replace(/\//g, '\\/')}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
  await expect(page.locator('html')).toHaveAttribute('dir', l.dir);
  const switcher = page.getByRole('navigation', { name: l.strings['site.languages'] });
  for (const other of LANGUAGES) {
    await expect(switcher.getByRole('link', { name: other.name })).toHaveAttribute('href', `${other.prefix}${path}`);
  }
  await expect(page.locator(`link[rel="alternate"][hreflang="fr"]`)).toHaveAttribute('href', new RegExp(`/fr${path.replace(/\//g, '\\/')}$`));
  if (l.lang !== 'en') {
    const leftovers = englishLeftovers(l.strings);
    const english = (await interfaceTexts(page)).map((s) => s.trim()).filter((s) => leftovers.has(s));
    expect(english, `English interface text on ${l.prefix}${path}`).toEqual([]);
  }
}

for (const l of LANGUAGES) {
  test(`${l.name}: home → goal → indicator → media → data, in ${l.lang} throughout`, async ({ page }) => {
    await page.goto(`${l.prefix}/`);
    await checkPage(page, l, '/');
    await page.locator('.goals a').first().click();
    await checkPage(page, l, '/goals/1/');
    await page.locator('a[href$="/indicators/1-2-1/"]').first().click();
    await checkPage(page, l, '/indicators/1-2-1/');
    await page.locator('a[href$="/indicators/1-2-1/media/"]').first().click();
    await checkPage(page, l, '/indicators/1-2-1/media/');
    await page.locator('a[href$="/indicators/1-2-1/data/"]').first().click();
    await checkPage(page, l, '/indicators/1-2-1/data/');
  });
}

test('French: the global title and target come from the UN framework in French; English text says it is not yet translated', async ({ page }) => {
  await page.goto('/fr/indicators/1-2-1/');
  await expect(page.locator('.summary')).toContainText('seuil national de pauvreté, par sexe et âge');
  await expect(page.locator('[data-untranslated]')).toHaveText('Certaines parties de cette page ne sont pas encore traduites et s’affichent en anglais.');
  await expect(page.locator('#headline-sentence')).toContainText('18,9 %');
  // Borrowed text is marked as English, so a screen reader reads it with an English voice (WCAG 3.1.2).
  await expect(page.locator('h1')).toHaveAttribute('lang', 'en');
  await page.goto('/fr/goals/1/');
  await expect(page.locator('a[href="/fr/indicators/1-2-1/"] [lang="en"]')).toHaveText('Percentage of the population living in households at risk of poverty, by sex and age');
  await page.goto('/indicators/1-2-1/');
  await expect(page.locator('h1')).not.toHaveAttribute('lang', /./);
});

test('Arabic: the chart keeps time left to right, its value axis on the right, and the poster is drawn in Arabic', async ({ page, request }) => {
  await page.goto('/ar/indicators/1-2-1/');
  const svg = page.locator('figure.chart svg[role="img"]:visible');
  await expect(svg).toHaveAttribute('direction', 'ltr');
  const ticks = await svg.locator('g[aria-label="x-axis tick label"] text').allTextContents();
  expect(ticks.slice(0, 2)).toEqual(['2005', '2006']);
  const yAxis = await svg.locator('g[aria-label="y-axis tick label"]').boundingBox();
  const box = await svg.boundingBox();
  expect(yAxis!.x).toBeGreaterThan(box!.x + box!.width / 2);
  const poster = await (await request.get('/ar/downloads/charts/1-2-1-1200x675.svg')).text();
  expect(poster).toContain('direction="rtl"');
  expect(poster).toContain('مؤشر');
});

test('each language has its own search index, feeds and downloads, with codes and numbers the same in all', async ({ request }) => {
  const search = await (await request.get('/pagefind/pagefind-entry.json')).json() as { languages: Record<string, unknown> };
  expect(Object.keys(search.languages).sort()).toEqual(['ar', 'en', 'fr']);
  for (const l of LANGUAGES) {
    expect((await request.get(`${l.prefix}/stories/feed.xml`)).ok()).toBe(true);
    expect((await request.get(`${l.prefix}/releases/calendar.ics`)).ok()).toBe(true);
  }
  // Each language's all.zip has the tidy CSVs (codes and numbers the same, labels in the language).
  const tidy = async (prefix: string) => strFromU8(unzipSync(new Uint8Array(await (await request.get(`${prefix}/downloads/all.zip`)).body()))['tidy/1-2-1-tidy.csv']!);
  const en = await tidy('');
  const ar = await tidy('/ar');
  expect(ar.split('\n')[0]).toBe(en.split('\n')[0]);
  expect(ar.split('\n').map((r) => r.split(',').pop())).toEqual(en.split('\n').map((r) => r.split(',').pop()));
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('hreflang="ar"');
});
