import { describe, expect, it } from 'vitest';
import { toChartInput, yearTicks } from '../../../src/charts/chart-input.ts';
import { describeChart } from '../../../src/charts/describe.ts';
import { renderChartSvg } from '../../../src/charts/render-svg.ts';
import type { HeadlineSeries } from '../../../src/pipeline/headline.ts';

const obs = (year: string, value: number) => ({ line: 1, year, value, dims: {} });
const rising: HeadlineSeries = { unit: '%', basis: 'totals', selection: {}, observations: [obs('2015', 10), obs('2016', 12.5), obs('2017', 15)] };
const textYears: HeadlineSeries = { series: 'Rate', basis: 'totals', selection: {}, observations: [obs('2013/16', 4), obs('2016/19', 3)] };

describe('chart functions render at build time', () => {
  it.each(['line', 'bar', 'binary'] as const)('%s chart is an SVG with labelled groups given a role', (kind) => {
    const svg = renderChartSvg(kind, toChartInput('Poverty rate', [rising], '%'));
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    expect(svg).toContain('aria-label="Poverty rate"');
    expect(svg.match(/<g aria-label="[^"]*"(?![^>]*role="group")/g)).toBeNull();
  });

  it('draws text years on a point scale, in order', () => {
    const svg = renderChartSvg('line', toChartInput('Rate', [textYears]));
    expect(svg.indexOf('2013/16')).toBeLessThan(svg.indexOf('2016/19'));
  });

  it('shows a legend when there are several lines', () => {
    const input = toChartInput('Two', [rising, { ...textYears, unit: '%', observations: [obs('2015', 3)] }], '%');
    expect(input.lines).toEqual(['%', 'Rate']);
  });
});

describe('describeChart says what the data show', () => {
  const cases: [HeadlineSeries[], 'line' | 'bar', string][] = [
    [[rising], 'line', 'Line chart of Poverty rate, from 2015 to 2017, one series. %: rose from 10% in 2015 to 15% in 2017; highest 15% in 2017, lowest 10% in 2015.'],
    [[{ ...rising, observations: [obs('2015', 3), obs('2016', 2)] }], 'bar', 'Bar chart of Poverty rate, from 2015 to 2016, one series. %: fell from 3% in 2015 to 2% in 2016; highest 3% in 2015, lowest 2% in 2016.'],
    [[{ ...rising, observations: [obs('2015', 3)] }], 'line', 'Line chart of Poverty rate, for 2015, one series. %: 3% in 2015 (one year only).'],
    [[{ ...rising, unit: 'Number', observations: [obs('2015', 1200), obs('2016', 1200)] }], 'line', 'Line chart of Poverty rate, from 2015 to 2016, one series. Number: was unchanged from 1,200 in 2015 to 1,200 in 2016; highest 1,200 in 2015, lowest 1,200 in 2015.'],
  ];
  it.each(cases)('%#', (series, kind, expected) => {
    expect(describeChart(toChartInput('Poverty rate', series, series[0]!.unit), kind)).toBe(expected);
  });
});

describe('yearTicks labels a long categorical axis sparsely', () => {
  const months = Array.from({ length: 25 }, (_, i) => `2020 ${String(i + 1).padStart(2, '0')}`);
  it.each([
    [['2013/16', '2016/19'], 10, ['2013/16', '2016/19']],
    [months, 10, ['2020 01', '2020 04', '2020 07', '2020 10', '2020 13', '2020 16', '2020 19', '2020 22', '2020 25']],
    [months.slice(0, 12), 5, ['2020 01', '2020 04', '2020 07', '2020 10', '2020 12']],
  ])('%#', (years, max, expected) => expect(yearTicks(years, max)).toEqual(expected));
});
