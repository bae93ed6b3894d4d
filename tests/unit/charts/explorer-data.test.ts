/**
 * The explorer's data files: what the build writes reads back as the same time series, each series and unit in
 * chunks of its own, and a million-row indicator is fetched a selection at a time.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chunksFor, explorerFiles, fillChunk, skeletonOf, type ExplorerChunk, type ExplorerIndex } from '../../../src/charts/explorer-data.ts';
import { openExplorerSource } from '../../../src/charts/client/explorer-source.ts';
import { nestDimensions, type ExplorerData, type TimeSeries } from '../../../src/charts/time-series.ts';
import { firstCombination, selectionView } from '../../../src/charts/selection-view.ts';
import type { ChartConfig } from '../../../src/charts/chart-config.ts';

const ts = (series: string, unit: string, dimensions: Record<string, string>, values: [string, number | null, string?][], extra: Partial<TimeSeries> = {}): TimeSeries => ({
  series, unit, ...extra, dimensions, observations: values.map(([year, value, status]) => ({ year, value, ...(status ? { status } : {}) })),
});

const DATA: ExplorerData = {
  dimensions: ['Sex', 'Age'],
  series: ['Earnings', 'Hours'],
  units: ['GBP', 'Hours'],
  years: ['2019', '2020', '2021'],
  timeSeries: [
    ts('Earnings', 'GBP', {}, [['2019', 10.5], ['2020', 11], ['2021', null]], { unitMultiplier: 'Units', geoCode: 'K02000001' }),
    ts('Earnings', 'GBP', { Sex: 'Female' }, [['2019', 9.8, 'Provisional'], ['2020', 10.1]]),
    ts('Earnings', 'GBP', { Sex: 'Female', Age: '16-24' }, [['2021', 7]]),
    ts('Hours', 'Hours', { Age: '16-24' }, [['2020', 30]]),
  ],
};
const files = (data: ExplorerData, limit?: number) => {
  let n = 0;
  return explorerFiles(data, () => `c-${n++}.json`, limit);
};
const decode = (out: ReturnType<typeof files>) => {
  const index = JSON.parse(out.index) as ExplorerIndex;
  return { index, chunks: out.chunks.map((c) => JSON.parse(c.text) as ExplorerChunk) };
};

describe('explorerFiles', () => {
  it('reads back as the same time series, every field kept', () => {
    const { index, chunks } = decode(files(DATA));
    const data = skeletonOf(index);
    for (const chunk of chunks) fillChunk(index, data, chunk);
    expect(data).toEqual({ ...DATA, timeSeries: DATA.timeSeries.map((t) => ({ ...t, count: t.observations.filter((o) => o.value !== null).length })) });
  });

  it('gives each series and unit chunks of its own, named by the caller, and the index says which holds what', () => {
    const out = files(DATA);
    const { index } = decode(out);
    expect(out.chunks.map((c) => c.name)).toEqual(['c-0.json', 'c-1.json']);
    expect(index.chunks).toEqual(['c-0.json', 'c-1.json']);
    expect(index.chunkGroups).toEqual([0, 1]);
    expect(index.keys.chunk).toEqual([0, 0, 0, 1]);
    expect(index.keys.count).toEqual([2, 2, 1, 1]);
    expect(index.labels).toEqual({ unitMultiplier: ['Units'], geoCode: ['K02000001'], status: ['Provisional'], dims: [['Female'], ['16-24']] });
  });

  it('splits a large series and unit, totals and the fewest breakdowns first', () => {
    const { index, chunks } = decode(files(DATA, 3));
    expect(chunks.map((c) => c.keys)).toEqual([[0], [1, 2], [3]]);
    expect(index.chunkGroups).toEqual([0, 0, 1]);
  });
});

describe('chunksFor', () => {
  // 40 regions × 2 sexes × 25 years = a group of 2,000 observations, split into chunks of 100.
  const regions = Array.from({ length: 40 }, (_, i) => `Region ${i + 1}`);
  const big: ExplorerData = {
    dimensions: ['Region', 'Sex'],
    series: [],
    units: ['Rate'],
    years: Array.from({ length: 25 }, (_, i) => String(2000 + i)),
    timeSeries: [
      { unit: 'Rate', dimensions: {}, observations: Array.from({ length: 25 }, (_, i) => ({ year: String(2000 + i), value: i })) },
      ...regions.flatMap((region) => ['Female', 'Male'].map((sex) => ({ unit: 'Rate', dimensions: { Region: region, Sex: sex }, observations: Array.from({ length: 25 }, (_, i) => ({ year: String(2000 + i), value: i })) }))),
    ],
  };
  const { index } = decode(files(big, 100));
  const skeleton = skeletonOf(index);
  const nodes = nestDimensions(big.dimensions, skeleton.timeSeries);

  it('fetches the whole group when it has one or two chunks', () => {
    const { index: small } = decode(files(DATA, 3));
    expect(chunksFor(small, skeletonOf(small), { series: 'Earnings', unit: 'GBP', dims: {} })).toEqual([0, 1]);
    expect(chunksFor(small, skeletonOf(small), { series: 'Hours', unit: 'Hours' })).toEqual([2]);
  });

  it('fetches only the chunks of the chosen time series in a split group', () => {
    expect(index.chunks).toHaveLength(21);
    expect(chunksFor(index, skeleton, { unit: 'Rate', dims: {} }, nodes)).toEqual([0]);
    const region7 = chunksFor(index, skeleton, { unit: 'Rate', dims: { Region: ['Region 7'], Sex: ['Female', 'Male'] } }, nodes);
    expect(region7).toHaveLength(1);
    expect(chunksFor(index, skeleton, { unit: 'Rate', dims: { Region: ['Region 1', 'Region 40'], Sex: ['Female'] } }, nodes)).toHaveLength(2);
    // Before the breakdowns are known, the group's first chunk (its total).
    expect(chunksFor(index, skeleton, { unit: 'Rate' })).toEqual([0]);
  });

  it('lets the first view pick a combination with data before any chunk is in', () => {
    const noTotal = { ...big, timeSeries: big.timeSeries.slice(1) };
    const { index: idx } = decode(files(noTotal, 100));
    expect(firstCombination(skeletonOf(idx), undefined, 'Rate')).toEqual({ Region: ['Region 1'], Sex: ['Female'] });
  });
});

describe('a million rows', () => {
  // 2,000 areas × 5 ages × 4 sexes = 40,000 time series × 25 years = 1,000,000 observations, one series and unit.
  const years = Array.from({ length: 25 }, (_, i) => String(2000 + i));
  const areas = Array.from({ length: 2000 }, (_, i) => `E${String(i).padStart(8, '0')}`);
  const timeSeries: TimeSeries[] = areas.flatMap((area, a) => ['0-15', '16-24', '25-49', '50-64', '65+'].flatMap((age) => ['All', 'Female', 'Male', 'Other'].map((sex) => ({
    unit: 'Rate', geoCode: area, dimensions: { Area: area, Age: age, Sex: sex }, observations: years.map((year, y) => ({ year, value: Math.round((a * 7 + y * 13) % 1000) / 10 })),
  }))));
  const million: ExplorerData = { dimensions: ['Area', 'Age', 'Sex'], series: [], units: ['Rate'], years, timeSeries };

  it('is written in chunks of at most 20,000 observations, and a view fetches one of them', () => {
    const out = files(million);
    const { index } = decode(out);
    expect(timeSeries.reduce((n, t) => n + t.observations.length, 0)).toBe(1_000_000);
    expect(out.chunks).toHaveLength(50);
    expect(Math.max(...out.chunks.map((c) => c.text.length))).toBeLessThan(300_000);
    const skeleton = skeletonOf(index);
    const nodes = nestDimensions(million.dimensions, skeleton.timeSeries);
    const view = { unit: 'Rate', dims: { Area: ['E00001234'], Age: ['16-24'], Sex: ['Female', 'Male'] } };
    expect(chunksFor(index, skeleton, view, nodes)).toHaveLength(1);
  });
});

describe('openExplorerSource', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches the index, the default view\'s chunk at once, and each other chunk once, when a view needs it', async () => {
    const out = files(DATA, 3);
    const served: Record<string, string> = { '/explorer/x/i-1.json': out.index, ...Object.fromEntries(out.chunks.map((c) => [`/explorer/x/${c.name}`, c.text])) };
    const asked: string[] = [];
    vi.stubGlobal('location', { href: 'https://sdg.example.org/indicators/x/' });
    vi.stubGlobal('fetch', async (url: string) => {
      const path = new URL(url, 'https://sdg.example.org/').pathname;
      asked.push(path);
      return served[path] ? new Response(served[path]) : new Response('', { status: 404 });
    });
    const source = await openExplorerSource('/explorer/x/i-1.json', { series: 'Earnings', unit: 'GBP' });
    await source.load({ series: 'Earnings', unit: 'GBP', dims: {} });
    expect(asked).toEqual(['/explorer/x/i-1.json', '/explorer/x/c-0.json', '/explorer/x/c-1.json']);
    const config = { title: 'Earnings', defaults: { series: 'Earnings', unit: 'GBP', dims: {} }, graphType: 'line', graphTitles: {}, limits: [], annotations: [], precision: [], graphTypes: [] } as unknown as ChartConfig;
    const nodes = nestDimensions(source.data.dimensions, source.data.timeSeries);
    expect(selectionView(source.data, config, { series: 'Earnings', unit: 'GBP', dims: {}, view: 'chart' }, nodes).input.points.map((p) => p.value)).toEqual([10.5, 11]);
    await source.load({ series: 'Hours', unit: 'Hours' });
    await source.load({ series: 'Hours', unit: 'Hours' });
    expect(asked).toEqual(['/explorer/x/i-1.json', '/explorer/x/c-0.json', '/explorer/x/c-1.json', '/explorer/x/c-2.json']);
  });
});
