/**
 * A golden-folder test of the whole build, in-process: a small "data starter" repository with national
 * indicators, codes, a placeholder, an unpublished and a standalone indicator is built, and the tree of
 * files written is compared with tests/fixtures/national-repo.golden.txt (hashed asset names normalized).
 * Set UPDATE_GOLDEN=1 to rewrite the golden list after a deliberate change, then review its diff.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildSite } from '../../../src/build.ts';
import type { ChartConfig } from '../../../src/charts/chart-config.ts';
import { selectionView } from '../../../src/charts/selection-view.ts';
import { nestDimensions, type ExplorerData } from '../../../src/charts/time-series.ts';

const GOLDEN = 'tests/fixtures/national-repo.golden.txt';
const out = join(mkdtempSync(join(tmpdir(), 'national-')), 'site');
const said: string[] = [];
let ok = false;

function tree(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tree(path) : [relative(out, path)];
  });
}
/** Hashed names change with every dependency update; the list keeps their place, not their hash. */
const normalize = (path: string) => path
  .replace(/^_astro\/(.+?)\.[\w-]{8}\.(\w+(?:\.br|\.gz)?)$/, '_astro/$1.[hash].$2')
  .replace(/^pagefind\/.*$/, 'pagefind/…');
const page = (path: string) => readFileSync(join(out, path), 'utf8');

const siteUrl = process.env['SITE_URL'];
beforeAll(async () => {
  delete process.env['SITE_URL'];
  ({ ok } = await buildSite({
    at: { root: 'tests/fixtures/national-repo', frameworkRoot: 'data/sdg-framework' },
    outDir: out,
    astroLogLevel: 'error',
    log: { info: (l) => said.push(l), warn: (l) => said.push(l), error: (l) => said.push(l) },
  }));
}, 240_000);
afterAll(() => {
  if (siteUrl !== undefined) process.env['SITE_URL'] = siteUrl;
  rmSync(dirname(out), { recursive: true, force: true });
});

describe('building a national "data starter" repository', () => {
  it('succeeds and says what each input read', () => {
    expect(ok, said.join('\n')).toBe(true);
    expect(said).toContain('Inputs:\n  InputYamlMeta meta/*.yml: metadata for 7 indicators\n  InputYamlMeta indicator-config/*.yml: metadata for 1 indicator\n  InputCsvData data/*.csv: 3 indicators with data');
    expect(said).toContain('Validated 6 indicators (3 national, 1 standalone): 6 warnings (run "npm run validate" to list them).');
  });

  it('warns once that SITE_URL is unset, so links point at the local address', () => {
    expect(said.filter((l) => l.startsWith('Warning: SITE_URL is not set'))).toEqual([
      'Warning: SITE_URL is not set, so citations, embed codes, feeds, the sitemap and social cards point at http://127.0.0.1:4321.\n' +
      '  Hint: Set SITE_URL to the address the site is published at, e.g. SITE_URL=https://sdg.example.org npm run build.',
    ]);
  });

  it('writes the golden tree of files', () => {
    const files = [...new Set(tree(out).map(normalize))].sort();
    if (process.env['UPDATE_GOLDEN']) writeFileSync(GOLDEN, `${files.join('\n')}\n`);
    expect(files).toEqual(readFileSync(GOLDEN, 'utf8').trim().split('\n'));
  });

  it('lists national indicators under their target, marked, and placeholders as text without a page', () => {
    const goal1 = page('goals/1/index.html');
    expect(goal1).toMatch(/<li class="national"[^>]*> <a href="\/indicators\/1-2-1-1\/"/);
    expect(goal1).toContain('National indicator');
    expect(goal1.indexOf('/indicators/1-2-1/')).toBeLessThan(goal1.indexOf('/indicators/1-2-1-1/'));
    const goal16 = page('goals/16/index.html');
    expect(goal16).toContain('Testland reports this indicator from 2026.');
    expect(goal16).not.toContain('/indicators/16-10-2/');
    expect(files()).not.toContain('indicators/16-10-2/index.html');
  });

  it('shows codes as labels from the translations, and drops the empty spreadsheet columns', () => {
    const ind = page('indicators/1-2-1-1/index.html');
    expect(ind).toContain('Proportion of households below the national poverty line, by region');
    expect(ind).toContain('Percentage (%)');
    expect(ind).toMatch(/<svg[^>]*role="img"/);
    expect(page('indicators/1-2-1/data/index.html')).toContain('Female');
    expect(page('index.html')).not.toContain('Open Government Licence');
    expect(page('index.html')).toContain('Data: <span dir="auto">see the data repository&#39;s licence.</span>');
    // A national indicator has no global counterpart: its title is labelled national, once.
    expect(ind).toMatch(/<dt[^>]*>National indicator<\/dt>/);
    expect(ind).not.toMatch(/<dt[^>]*>Global indicator<\/dt>/);
    // The tidy CSV of data published as CSV is in all.zip (README, "Downloads").
    expect(strFromU8(unzipSync(new Uint8Array(readFileSync(join(out, 'downloads/all.zip'))))['tidy/1-2-1-tidy.csv']!)).toContain(',F,');
  });

  it('leaves out what is unpublished, and keeps a standalone page off the goals and status counts', () => {
    expect(files().some((f) => f.includes('5-1-1'))).toBe(false);
    expect(page('indicators/testland-census/index.html')).toContain('The 2021 census of Testland');
    expect(page('status/index.html')).toContain('How far reporting has got, for the 4 indicators on this site.');
  });

  it('keeps Open SDG addresses working: indicator, goal, status and permalink', () => {
    expect(page('1-2-1-1/index.html')).toContain('url=/indicators/1-2-1-1/');
    expect(page('1/index.html')).toContain('url=/goals/1/');
    expect(page('reporting-status/index.html')).toContain('url=/status/');
    expect(page('census-2021/index.html')).toContain('url=/indicators/testland-census/');
    expect(page('16-10-2/index.html')).toContain('url=/goals/16/');
  });

  it('says "no data yet" where the CSV has only a header, and shows a status the site does not know by its raw name', () => {
    expect(page('indicators/2-1-2-1/index.html')).toContain('id="no-data"');
    expect(page('indicators/3-1-1-a/index.html')).toContain('statistics_in_review');
  });
});

const files = () => tree(out);

describe('one chart path: page, poster and explorer agree', () => {
  it('draws graph_limits and the target line alike on the page, in the poster and in the explorer\'s first view', async () => {
    const html = page('indicators/1-2-1/index.html');
    const config = JSON.parse(/<script type="application\/json" data-chart-config>(.*?)<\/script>/.exec(html)![1]!) as ChartConfig;
    const json = JSON.parse(page('downloads/1-2-1.json')) as { data: ExplorerData };
    const view = selectionView(json.data, config, { ...config.defaults, view: 'chart' }, nestDimensions(json.data.dimensions, json.data.timeSeries));
    expect(view.input.limits).toEqual({ min: 0, max: 40 });
    expect(view.input.annotations).toEqual([{ value: 10, label: 'National target for 2030' }]);
    // The page's own drawing (wide and narrow) and both posters carry the target line and the 0–40 axis.
    const drawings = [...html.matchAll(/<svg[^>]*role="img"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    const posters = ['1200x675', '800x600'].map((s) => page(`downloads/charts/1-2-1-${s}.svg`));
    for (const svg of [...drawings, ...posters]) {
      expect(svg).toContain('National target for 2030');
      expect(svg).toMatch(/>40<\/text>/);
    }
    expect(drawings).toHaveLength(2);
  });
});
