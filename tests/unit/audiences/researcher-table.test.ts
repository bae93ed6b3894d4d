/**
 * The researcher table and the tidy CSV: every source row in the download (duplicates flagged), one row per
 * observation on the page (value after year and unit), and the page script's rules (exact filters, blanks last).
 */
import { describe, expect, it } from 'vitest';
import { duplicateCount, pageColumnKeys, pageValueColumn, tidyTable, toCsv } from '../../../src/audiences/researchers/tidy.ts';
import { indicatorJson } from '../../../src/site/indicator-json.ts';
import { compareCells, distinctValues, jsonRows, matches, parseCsv, type JsonSeries } from '../../../src/audiences/researchers/table-model.ts';
import { siteOf } from '../pipeline/fixture-repo.ts';

const META = '---\nindicator_number: 1.2.1\nindicator_name: global_indicators.1-2-1-title\nreporting_status: complete\ngraph_type: line\n---\n';
// Line 4 repeats line 2's keys (another value); line 6 repeats line 3's (same value).
const CSV = 'Year,SEX,Units,Value\n2015,,Percentage (%),15.1\n2015,F,Percentage (%),16.0\n2015,,Percentage (%),15.3\n2016,F,Percentage (%),\n2015,F,Percentage (%),16.0\n';
const site = await siteOf({ 'data/indicator_1-2-1.csv': CSV, 'meta/1-2-1.md': META, 'translations/en/SEX.yml': 'SEX: Sex\nF: Female\n' });
const ind = site.indicators.find((i) => i.id === '1-2-1')!;

describe('tidy CSV with duplicate rows', () => {
  it('keeps every source row in order, each duplicate flagged with the line it repeats', () => {
    expect(toCsv(tidyTable(ind))).toBe([
      'Year,Units,Units label,SEX,SEX label,Observation status,Value,Duplicate of line',
      '2015,Percentage (%),Percentage (%),Total,Total,,15.1,',
      '2015,Percentage (%),Percentage (%),F,Female,,16,',
      '2015,Percentage (%),Percentage (%),Total,Total,,15.3,2',
      '2016,Percentage (%),Percentage (%),F,Female,,,',
      '2015,Percentage (%),Percentage (%),F,Female,,16,3',
      '',
    ].join('\n'));
    expect(duplicateCount(ind)).toBe(2);
  });

  it('leaves the duplicates out of the charts\' observations and the page, and reports them as before', () => {
    expect(ind.data!.observations.map((o) => o.line)).toEqual([2, 3, 5]);
    expect(tidyTable(ind, 'page').rows).toEqual([['2015', 'Percentage (%)', 15.1, 'Total', ''], ['2015', 'Percentage (%)', 16, 'Female', ''], ['2016', 'Percentage (%)', null, 'Female', '']]);
    expect(site.problems.filter((p) => p.message.startsWith('Duplicate observation')).map((p) => p.line)).toEqual([4, 6]);
  });

  it('puts the value on the page right after the year and the unit', () => {
    expect(tidyTable(ind, 'page').columns).toEqual(['Year', 'Unit', 'Value', 'Sex', 'Observation status']);
    expect(pageValueColumn(ind)).toBe(2);
  });

  it('tells the page script what each of its columns holds', () => {
    expect(pageColumnKeys(ind)).toEqual(['year', 'unit', 'value', 'dim:Sex', 'status']);
  });

  it('adds no duplicate column where there is nothing to flag', async () => {
    const clean = (await siteOf({ 'data/indicator_1-2-1.csv': 'Year,Value\n2015,1\n2016,2\n', 'meta/1-2-1.md': META })).indicators[0]!;
    expect(tidyTable(clean).columns).toEqual(['Year', 'Observation status', 'Value']);
    expect(pageColumnKeys(clean)).toEqual(['year', 'value', 'status']);
  });
});

describe('the page script reads the JSON into the page\'s table', () => {
  it('with the page\'s columns, order and word for Total, duplicates left out, as the page\'s first rows', () => {
    const timeSeries = indicatorJson(ind).data!.timeSeries as unknown as JsonSeries[];
    expect(jsonRows(timeSeries, pageColumnKeys(ind), 'Total')).toEqual(tidyTable(ind, 'page').rows.map((r) => r.map((c) => (c === null ? '' : String(c)))));
    expect(jsonRows(timeSeries, pageColumnKeys(ind), 'Ensemble')).toEqual([
      ['2015', 'Percentage (%)', '15.1', 'Ensemble', ''],
      ['2015', 'Percentage (%)', '16', 'Female', ''],
      ['2016', 'Percentage (%)', '', 'Female', ''],
    ]);
  });

  it('parses quoted cells, doubled quotes and CRLF', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n1,2,3')).toEqual([['a', 'b, c', 'say "hi"'], ['1', '2', '3']]);
  });
});

describe('filters match exactly', () => {
  const rows = [['2015', 'Male'], ['2015', 'Female'], ['2016', 'Male']];
  it.each([
    [new Map([[1, 'Male']]), [['2015', 'Male'], ['2016', 'Male']]],
    [new Map([[1, 'Female']]), [['2015', 'Female']]],
    [new Map([[0, '2016'], [1, 'Male']]), [['2016', 'Male']]],
    [new Map([[1, 'male']]), []],
    [new Map<number, string>(), rows],
  ])('%o', (filters, expected) => {
    expect(rows.filter((r) => matches(r, filters))).toEqual(expected);
  });
});

describe('sorting puts blanks last, whichever way', () => {
  const sort = (cells: string[], dir: 1 | -1, numeric: boolean) => [...cells].sort((a, b) => compareCells(a, b, dir, numeric, 'en'));
  it.each([
    [['3', '', '10', '2'], 1, true, ['2', '3', '10', '']],
    [['3', '', '10', '2'], -1, true, ['10', '3', '2', '']],
    [['', '-1.5', '', '0'], 1, true, ['-1.5', '0', '', '']],
    [['b', '', 'A', 'a10', 'a9'], 1, false, ['A', 'a9', 'a10', 'b', '']],
    [['b', '', 'A'], -1, false, ['b', 'A', '']],
    [['2013/14', '2012', '2014'], 1, true, ['2012', '2013/14', '2014']],
  ] as [string[], 1 | -1, boolean, string[]][])('%o %i', (cells, dir, numeric, expected) => {
    expect(sort(cells, dir, numeric)).toEqual(expected);
  });

  it('offers each distinct value once, in that order, blanks left out', () => {
    expect(distinctValues([['2016'], ['2015'], [''], ['2016'], ['2014/15']], 0, true, 'en')).toEqual(['2014/15', '2015', '2016']);
  });
});
