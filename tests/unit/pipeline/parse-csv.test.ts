import { describe, expect, it } from 'vitest';
import { parseIndicatorCsv } from '../../../src/pipeline/parse-csv.ts';
import { rowsToObservations } from '../../../src/pipeline/observations.ts';
import { ProblemList } from '../../../src/pipeline/problems.ts';

const read = (text: string) => {
  const problems = new ProblemList();
  const data = rowsToObservations(parseIndicatorCsv(text, 'f.csv', problems), 'f.csv', problems);
  return { data, problems: problems.items };
};

describe('parseIndicatorCsv + rowsToObservations', () => {
  it.each([
    ['LF', 'Year,Value\n2015,1\n2016,2\n'],
    ['CRLF', 'Year,Value\r\n2015,1\r\n2016,2\r\n'],
    ['BOM', '\uFEFFYear,Value\n2015,1\n2016,2'],
    ['blank lines', 'Year,Value\n\n2015,1\n2016,2\n\n'],
  ])('%s gives the same observations', (_, text) => {
    const { data, problems } = read(text);
    expect(problems).toEqual([]);
    expect(data.observations.map((o) => [o.year, o.value])).toEqual([['2015', 1], ['2016', 2]]);
  });

  it('keeps line numbers across quoted newlines', () => {
    const { data } = read('Year,COMMENT_OBS,Value\n2015,"two\nlines",1\n2016,,2\n');
    expect(data.observations.map((o) => o.line)).toEqual([2, 4]);
    expect(data.observations[0]!.comment).toBe('two\nlines');
  });

  it('names reserved columns and keeps only non-blank disaggregations', () => {
    const { data } = read('Year,Series,Units,Sex,GeoCode,Observation status,Unit multiplier,Value\n2015,S,%,Female,E1,Estimated value,Units,1.5\n2015,S,%,,,,Units,\n');
    expect(data.disaggregations).toEqual(['Sex']);
    expect(data.observations).toEqual([
      { line: 2, year: '2015', value: 1.5, series: 'S', unit: '%', geoCode: 'E1', status: 'Estimated value', unitMultiplier: 'Units', dims: { Sex: 'Female' } },
      { line: 3, year: '2015', value: null, series: 'S', unit: '%', unitMultiplier: 'Units', dims: {} },
    ]);
  });

  it.each([
    ['1e3', 1000], ['-2.5', -2.5], ['.5', 0.5], ['+3', 3], ['12.', 12],
  ])('reads %s as %d', (raw, expected) => expect(read(`Year,Value\n2015,${raw}\n`).data.observations[0]!.value).toBe(expected));

  it.each([
    ['1,234', 'Remove the thousands separators (write 1234567.5).'],
    ['12%', 'Drop the % sign; put the unit in the Units column.'],
    ['n/a', 'Leave the cell empty for a missing value; put notes in COMMENT_OBS.'],
  ])('rejects %s with the hint "%s"', (raw, hint) => {
    const { problems } = read(`Year,Value\n2015,"${raw}"\n`);
    expect(problems.map((p) => p.hint)).toEqual([hint]);
  });

  it('orders text years by their first number', () => {
    expect(read('Year,Value\n2016,1\n2013/16,2\n2015,3\n').data.years).toEqual(['2013/16', '2015', '2016']);
  });
});
