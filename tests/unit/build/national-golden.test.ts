/**
 * A golden-folder test of the whole build, in-process: a small "data starter" repository with national
 * indicators, codes, a placeholder, an unpublished and a standalone indicator, and progress towards the targets
 * (planted: the bundled UK data have no progress options) is built, and the tree of
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
import Papa from 'papaparse';

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
  .replace(/^((?:[\w-]+\/)?explorer\/[\w-]+\/[ic])-[\w-]{12}\.json((?:\.br|\.gz)?)$/, '$1-[hash].json$2')
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
    expect(said).toContain('Inputs:\n  InputYamlMeta meta/*.yml: metadata for 8 indicators\n  InputYamlMeta indicator-config/*.yml: metadata for 1 indicator\n  InputCsvData data/*.csv: 4 indicators with data');
    expect(said).toContain('Validated 7 indicators (3 national, 1 standalone): 6 warnings (run "npm run validate" to list them).');
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
    expect(page('status/index.html')).toContain('How far reporting has got, for the 5 indicators on this site.');
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

/** The text of a page without its tags, spaces collapsed: what a reader reads. */
const text = (path: string) => page(path).replace(/<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('progress towards the targets, planted in the fixture', () => {
  it('badges the least favourable of an indicator\'s lines, and says so', () => {
    const ind = page('indicators/8-5-2/index.html');
    // The summary's badge links to the panel, whose verdict is the same.
    expect(ind).toMatch(/<a class="progress-link" href="#progress"[^>]*>\s*<span class="progress-badge progress-deterioration[^"]*" data-progress-status="deterioration"/);
    const words = text('indicators/8-5-2/index.html');
    expect(words).toContain('Are we on track? Deterioration The least favourable of the 3 lines measured, so that no group falling behind is hidden.');
    expect(words).toContain('Headline Substantial progress Sex: Female Deterioration Sex: Male Substantial progress');
  });

  it('shows the inputs of each line and the rule applied, with JavaScript or without', () => {
    const words = text('indicators/8-5-2/index.html');
    expect(page('indicators/8-5-2/index.html')).toContain('<details class="method" id="progress-method"');
    expect(words).toContain('How is progress measured? Headline Base year and value 2015: 5.0 Latest year and value 2018: 4.4 Target No numerical target: the growth is judged by itself. Desired direction A fall is progress Observed growth a year -4.2% Thresholds: substantial, moderate, limited 1.5% · 0.5% · 0% Values used The values shown in the chart and table The growth in the desired direction is 4.2% a year, which is at least 1.5%: Substantial progress.');
    expect(words).toContain('The growth in the desired direction is -4.3% a year, which is below 0%: Deterioration.');
    const target = text('indicators/1-2-1/index.html');
    expect(target).toContain('Target 10.0 by 2030');
    expect(target).toContain('Growth a year needed to reach the target -4.9% Observed growth as a share of the growth needed 77.1%');
    expect(target).toContain('The growth observed is 77.1% of the growth needed, which is at least 60% and below 95%: Moderate progress.');
    expect(target).toContain('Sex: Female Base year and value 2015: 22.8 Latest year and value 2017: 21.0 Target 10.0 by 2030');
    expect(target).toContain('The latest value, 18.6, already meets the target of 19.0: target achieved.');
    // 1.2.1.1 measures its Progress column (46.0 in 2017), not the value shown (51.0); its base year moves to 2016.
    const column = text('indicators/1-2-1-1/index.html');
    expect(column).toContain('Base year and value 2016: 48.2 (no data for 2015: the first year after it) Latest year and value 2017: 46.0');
    expect(column).toContain('Values used The data’s “Progress” column, not the values shown in the chart');
    expect(text('indicators/3-1-1-a/index.html')).toContain('Limited progress Status set by the statistics office, not calculated from the data.');
  });

  it('draws a headline target on the chart, the posters and in the table; never twice', () => {
    const html = page('indicators/1-2-1-1/index.html');
    const drawings = [...html.matchAll(/<svg[^>]*role="img"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    const posters = ['1200x675', '800x600'].map((s) => page(`downloads/charts/1-2-1-1-${s}.svg`));
    expect(drawings).toHaveLength(2);
    for (const svg of [...drawings, ...posters]) expect(svg).toContain('2030 target');
    expect(text('indicators/1-2-1-1/index.html')).toContain('Target for 2030 25.0 Percentage (%)');
    // 1.2.1's target of 10 is already drawn by its graph_target_lines: one line (the test above), and a table row.
    expect(page('indicators/1-2-1/index.html')).not.toContain('2030 target');
    expect(text('indicators/1-2-1/index.html')).toContain('Target for 2030 10.0');
  });

  it('sums up by goal on /progress/, each indicator linked, with a filter for JavaScript', () => {
    const html = page('progress/index.html');
    expect(html).toContain('<form class="filter" data-progress-filter hidden');
    for (const id of ['1-2-1', '1-2-1-1', '3-1-1-a', '8-5-2']) expect(html).toContain(`href="/indicators/${id}/#progress"`);
    expect(html).toContain('data-statuses="deterioration substantial_progress"');
    const words = text('progress/index.html');
    expect(words).toContain('4 indicators have a progress status');
    expect(words).toContain('Goal 1: No poverty 1 1 0 0 2 Goal 3: Good health and well-being 0 0 1 0 1 Goal 8: Decent work and economic growth 0 0 0 1 1 Total 1 1 1 1 4');
    expect(text('index.html')).toContain('Are we on track? 4 indicators have a progress status');
    expect(page('goals/8/index.html')).toContain('data-progress-status="deterioration"');
    expect(page('index.html')).toContain('<a href="/progress/">Progress</a>');
  });

  it('writes every status with its inputs as CSV', () => {
    const rows = Papa.parse<Record<string, string>>(page('downloads/progress.csv'), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r['Indicator'], r['Line'], r['Disaggregation'], r['Status'], r['Values used']])).toEqual([
      ['1.2.1', '1', '', 'moderate_progress', 'Value'],
      ['1.2.1', '2', 'SEX=F', 'moderate_progress', 'Value'],
      ['1.2.1', '3', 'SEX=M', 'target_achieved', 'Value'],
      ['1.2.1.1', '1', '', 'substantial_progress', 'Progress'],
      ['3.1.1.a', '', '', 'limited_progress', ''],
      ['8.5.2', '1', '', 'substantial_progress', 'Value'],
      ['8.5.2', '2', 'SEX=F', 'deterioration', 'Value'],
      ['8.5.2', '3', 'SEX=M', 'substantial_progress', 'Value'],
    ]);
    expect(rows[6]).toMatchObject({ 'Indicator status': 'deterioration', 'Base year': '2015', 'Base value': '5.2', 'Latest year': '2018', 'Latest value': '5.9', 'Threshold high': '0.015' });
    expect(Number(rows[6]!['Observed growth'])).toBeCloseTo((5.9 / 5.2) ** (1 / 3) - 1, 12);
  });

  it('lists the breakdowns expected, reported and missing', () => {
    expect(text('indicators/8-5-2/index.html')).toContain('Breakdowns expected The breakdowns this indicator should be reported by, and whether the data have them yet. Some expected breakdowns reported . ✓ Sex : Reported – AGE : Not yet reported');
    expect(text('status/index.html')).toContain('Indicator 8.5.2 : Some expected breakdowns reported (reported: Sex, missing: AGE)');
  });
});
