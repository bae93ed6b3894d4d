/**
 * One SVG snapshot per chart kind, drawn from real UK indicators through the same path as the site
 * (headline → chart input, or a selection → selection view). Review a changed snapshot as an image.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { toChartInput } from '../../../src/charts/chart-input.ts';
import { chartConfig } from '../../../src/charts/chart-config.ts';
import { renderChartSvg } from '../../../src/charts/render-svg.ts';
import { selectionView } from '../../../src/charts/selection-view.ts';
import { nestDimensions } from '../../../src/charts/time-series.ts';
import { headlineOf } from '../../../src/pipeline/headline.ts';
import { loadSite } from '../../../src/pipeline/index.ts';
import { repositoryFiles } from '../../../src/site/node-files.ts';
import { toTimeSeries } from '../../../src/site/indicator-json.ts';
import type { Indicator } from '../../../src/schemas/model.ts';

let indicators: Map<string, Indicator>;
beforeAll(async () => {
  const site = await loadSite({ root: 'data/uk', frameworkRoot: 'data/sdg-framework', languages: ['en'] }, repositoryFiles({ root: 'data/uk', frameworkRoot: 'data/sdg-framework' }));
  indicators = new Map(site.indicators.map((i) => [i.id, i]));
});
const get = (id: string) => indicators.get(id)!;
const headlineInput = (id: string) => {
  const ind = get(id);
  const headline = headlineOf(ind);
  return toChartInput(ind.nationalTitle ?? ind.globalTitle, headline.filter((s) => s.unit === headline[0]!.unit), headline[0]!.unit);
};
const snap = (name: string) => `./__snapshots__/${name}.svg`;

describe('chart SVG snapshots from real indicators', () => {
  it('line: 1.2.1 headline', async () => {
    await expect(renderChartSvg('line', headlineInput('1-2-1'))).toMatchFileSnapshot(snap('line-1-2-1'));
  });

  it('bar: 5.1.1 headline (several series side by side)', async () => {
    await expect(renderChartSvg('bar', headlineInput('5-1-1'))).toMatchFileSnapshot(snap('bar-5-1-1'));
  });

  it('binary: yes/no per series and year (the UK data have no binary indicator, so 5.1.1 scores read as above/below 85%)', async () => {
    const input = headlineInput('5-1-1');
    const yesNo = { ...input, points: input.points.map((p) => ({ ...p, value: p.value > 85 ? 1 : 0 })) };
    await expect(renderChartSvg('binary', yesNo)).toMatchFileSnapshot(snap('binary-5-1-1'));
  });

  it('small multiples: 1.2.1 by age and sex (12 lines)', async () => {
    const ind = get('1-2-1');
    const data = { dimensions: ind.data!.disaggregations, series: ind.data!.series, units: ind.data!.units, years: ind.data!.years, timeSeries: toTimeSeries(ind.data!.observations) as never };
    const config = chartConfig(ind, headlineOf(ind), ind.nationalTitle ?? ind.globalTitle);
    const ages = ['16 to 24', '25 to 49', '50 to 64', '65 to 74', '75 and over', '15 and under'];
    const view = selectionView(data, config, { ...config.defaults, dims: { Age: ages, Sex: ['Female', 'Male'] }, view: 'chart' }, nestDimensions(data.dimensions, data.timeSeries));
    expect(view.smallMultiples).toBe(true);
    expect(view.input.lines).toHaveLength(12);
    await expect(renderChartSvg('multiples', view.input)).toMatchFileSnapshot(snap('multiples-1-2-1'));
  });

  it('line with a y range and a target line from the metadata', async () => {
    const input = { ...headlineInput('1-2-1'), limits: { min: 0, max: 40 }, annotations: [{ value: 10, label: '2030 target' }] };
    const svg = renderChartSvg('line', input);
    expect(svg).toContain('2030 target');
    expect(svg).toContain('>40<');
  });
});
