import { describe, expect, it } from 'vitest';
import { selectionFromQuery, selectionToQuery, type Selection } from '../../../src/charts/selection.ts';
import { matchesDims, nestDimensions, valuesWithin, type ExplorerData, type TimeSeries } from '../../../src/charts/time-series.ts';
import { firstCombination, selectionView, rowsToCsv } from '../../../src/charts/selection-view.ts';
import type { ChartConfig } from '../../../src/charts/chart-config.ts';

const ts = (dimensions: Record<string, string>, values: [string, number][], extra: Partial<TimeSeries> = {}): TimeSeries => ({
  series: 'Rate', unit: '%', dimensions, observations: values.map(([year, value]) => ({ year, value })), ...extra,
});
const timeSeries = [
  ts({}, [['2015', 10], ['2016', 11]]),
  ts({ Sex: 'Female' }, [['2015', 9], ['2016', 10]]),
  ts({ Sex: 'Male' }, [['2015', 11], ['2016', 12]]),
  ts({ Country: 'England' }, [['2015', 8]]),
  ts({ Country: 'Wales' }, [['2015', 7]]),
  ts({ Country: 'England', Region: 'North East' }, [['2015', 6], ['2016', 6.5]]),
  ts({ Country: 'England', Region: 'London' }, [['2015', 5]]),
  ts({ Country: 'Wales', Region: 'Cardiff' }, [['2016', 4]]),
  ts({}, [['2015', 100]], { series: 'Count', unit: 'Number' }),
];
const data: ExplorerData = { dimensions: ['Sex', 'Country', 'Region'], series: ['Rate', 'Count'], units: ['%', 'Number'], years: ['2015', '2016'], timeSeries };
const defaults: ChartConfig['defaults'] = { series: 'Rate', unit: '%', dims: {} };
const config: ChartConfig = { id: 'x', title: 'Rate', graphType: 'line', graphTypes: [], graphTitles: {}, limits: [], annotations: [], precision: [], defaults };
const nodes = nestDimensions(data.dimensions, timeSeries);

describe('nesting of disaggregations', () => {
  it('puts Region within Country, and leaves Sex on its own', () => {
    expect(nodes.map((n) => [n.field, n.parent ?? null])).toEqual([['Sex', null], ['Country', null], ['Region', 'Country']]);
  });
  it('offers only the regions of the chosen country', () => {
    const region = nodes.find((n) => n.field === 'Region')!;
    expect(valuesWithin(region, { Country: ['Wales'] }, timeSeries)).toEqual(['Cardiff']);
    expect(valuesWithin(region, {}, timeSeries)).toEqual(['North East', 'London', 'Cardiff']);
  });
  it('a column that only appears with another but is not within one of its values is not nested (Occupation by Age)', () => {
    const cross = [ts({ Age: '16-24' }, [['2015', 1]]), ...['16-24', '25-64'].flatMap((age) => ['Clerks', 'Nurses'].map((o) => ts({ Age: age, Occupation: o }, [['2015', 1]])))];
    const n = nestDimensions(['Age', 'Occupation'], cross);
    expect(n.map((x) => [x.field, x.parent ?? null, x.requires ?? []])).toEqual([['Age', null, []], ['Occupation', null, ['Age']]]);
    expect(cross.filter((s) => matchesDims(s, { Occupation: ['Nurses'] }, n)).map((s) => s.dimensions['Age'])).toEqual(['16-24', '25-64']);
  });
  it('a chosen region matches whatever its country, while an unchosen field must be the total', () => {
    const picked = timeSeries.filter((s) => matchesDims(s, { Region: ['London', 'Cardiff'] }, nodes));
    expect(picked.map((s) => s.dimensions['Region'])).toEqual(['London', 'Cardiff']);
    expect(timeSeries.filter((s) => matchesDims(s, {}, nodes)).map((s) => s.series)).toEqual(['Rate', 'Count']);
  });
});

describe('the selection round-trips through the URL', () => {
  const cases: [string, Selection, string][] = [
    ['the headline view has a clean URL', { ...defaults, view: 'chart' }, ''],
    ['two sexes and a year range', { series: 'Rate', unit: '%', dims: { Sex: ['Female', 'Male'] }, from: '2016', view: 'table' }, '?dim.Sex=Female&dim.Sex=Male&from=2016&view=table'],
    ['a nested choice', { series: 'Rate', unit: '%', dims: { Country: ['England'], Region: ['London'] }, view: 'chart' }, '?dim.Country=England&dim.Region=London'],
    ['another series', { series: 'Count', unit: 'Number', dims: {}, view: 'chart' }, '?series=Count&unit=Number'],
  ];
  it.each(cases)('%s', (_name, selection, query) => {
    expect(selectionToQuery(selection, defaults)).toBe(query);
    expect(selectionFromQuery(query, data, defaults)).toEqual({ selection, fallbacks: [] });
  });
  it('a series alone picks its first unit', () => {
    expect(selectionFromQuery('?series=Count', data, defaults).selection.unit).toBe('Number');
  });
  it('names every part of the URL that does not exist, and keeps the default for it', () => {
    const { selection, fallbacks } = selectionFromQuery('?series=Nope&dim.Sex=Other&dim.Colour=Red&from=1900&view=pie', data, defaults);
    expect(selection).toEqual({ series: 'Rate', unit: '%', dims: {}, view: 'chart' });
    expect(fallbacks).toEqual([
      { kind: 'series', value: 'Nope' },
      { kind: 'dim', field: 'Sex', value: 'Other' },
      { kind: 'dim', field: 'Colour', value: 'Red' },
      { kind: 'year', value: '1900' },
      { kind: 'view', value: 'pie' },
    ]);
  });
});

describe('selectionView', () => {
  it('draws one line per chosen value, over the chosen years, and tables the same rows', () => {
    const view = selectionView(data, config, { series: 'Rate', unit: '%', dims: { Sex: ['Female', 'Male'] }, from: '2016', view: 'chart' }, nodes);
    expect(view.input.lines).toEqual(['Female', 'Male']);
    expect(view.rows.map((r) => `${r.line} ${r.year} ${r.value}`)).toEqual(['Female 2016 10', 'Male 2016 12']);
    expect(view.smallMultiples).toBe(false);
  });
  it('switches to small multiples past eight lines', () => {
    const many = Array.from({ length: 9 }, (_, i) => ts({ Area: `A${i}` }, [['2015', i]]));
    const d = { ...data, dimensions: ['Area'], timeSeries: many };
    const view = selectionView(d, config, { ...defaults, dims: { Area: many.map((m) => m.dimensions['Area']!) }, view: 'chart' }, nestDimensions(['Area'], many));
    expect(view.smallMultiples).toBe(true);
  });
  it('writes the series, the unit and every breakdown of what is shown, with the precision, quoting what needs it', () => {
    const view = selectionView(data, { ...config, precision: [{ decimals: 1 }] }, { ...defaults, dims: { Region: ['North East'] }, view: 'chart' }, nodes);
    expect(rowsToCsv(view.rows, view.decimals, data.dimensions)).toBe(
      'Series,Unit,Country,Region,Year,Value,Observation status\r\nRate,%,England,North East,2015,6.0,\r\nRate,%,England,North East,2016,6.5,\r\n',
    );
  });
  it('leaves a breakdown blank where a row is its total', () => {
    const view = selectionView(data, config, { ...defaults, dims: { Sex: ['Female'] }, view: 'chart' }, nodes);
    const csv = rowsToCsv(view.rows, view.decimals, data.dimensions);
    expect(csv.split('\r\n')[0]).toBe('Series,Unit,Sex,Year,Value,Observation status');
  });
});

describe('firstCombination', () => {
  const broken: TimeSeries[] = [
    ts({ Sex: 'Female', Age: '16-24' }, [['2015', 3]], { series: 'Pay', unit: '£' }),
    ts({ Sex: 'Male' }, [['2015', 4]], { series: 'Pay', unit: '£' }),
    ts({ Sex: 'Female' }, [['2015', null as unknown as number]], { series: 'Pay', unit: '£' }),
  ];
  const d: ExplorerData = { ...data, dimensions: ['Sex', 'Age'], timeSeries: [...timeSeries, ...broken] };
  it.each([
    ['a series with no total opens on the fewest breakdowns that have values', 'Pay', '£', { Sex: ['Male'] }],
    ['a series with a total needs no breakdown', 'Rate', '%', {}],
    ['a series that does not exist gives no breakdown', 'Nothing', '%', {}],
  ])('%s', (_name, series, unit, expected) => {
    expect(firstCombination(d, series, unit)).toEqual(expected);
  });
});

describe('chartConfig reads the chart metadata', () => {
  it('graph_limits, annotations, precision and graph_types, skipping malformed entries', async () => {
    const { chartConfig, pick } = await import('../../../src/charts/chart-config.ts');
    const meta = {
      graph_limits: [{ series: 'Rate', minimum: 0, maximum: '40' }, 'nonsense'],
      graph_annotations: [{ value: 12, label_content: '2030 target', unit: '%' }, { label: 'no value' }],
      precision: [{ decimals: 2 }, { series: 'Rate', decimals: 1 }],
      graph_types: [{ series: 'Count', type: 'bar' }, { type: 'pie' }],
    };
    const ind = { id: 'x', graphType: 'line', graphTitles: {}, meta } as never;
    const c = chartConfig(ind, [{ series: 'Rate', unit: '%', basis: 'totals', selection: {}, observations: [] }], 'T');
    expect(c.limits).toEqual([{ series: 'Rate', minimum: 0, maximum: 40 }]);
    expect(c.annotations).toEqual([{ unit: '%', value: 12, label: '2030 target' }]);
    expect(pick(c.precision, 'Rate', '%')?.decimals).toBe(1);
    expect(pick(c.precision, 'Count', 'Number')?.decimals).toBe(2);
    expect(c.graphTypes).toEqual([{ series: 'Count', type: 'bar' }]);
    expect(c.defaults).toEqual({ series: 'Rate', unit: '%', dims: {} });
  });
  it('a unit multiplier joins the unit on the axis, except "Units" (×1)', () => {
    const withMultiplier = (m: string) => ({ ...data, timeSeries: [ts({}, [['2015', 1]], { unitMultiplier: m })] });
    const sel = { ...defaults, view: 'chart' as const };
    expect(selectionView(withMultiplier('Thousands'), config, sel, nodes).input.unit).toBe('% (Thousands)');
    expect(selectionView(withMultiplier('Units'), config, sel, nodes).input.unit).toBe('%');
  });
});
