import { RESERVED_COLUMNS, type IndicatorData, type Observation } from '../schemas/observation.ts';
import type { ParsedCsv } from './parse-csv.ts';
import type { ProblemList } from './problems.ts';
import { sortYears } from './years.ts';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const reserved = new Set<string>(RESERVED_COLUMNS);

function valueHint(raw: string): string {
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) return 'Remove the thousands separators (write 1234567.5).';
  if (/^[-+]?\d+,\d+$/.test(raw)) return 'Use a point as the decimal separator (write 1.2, not 1,2).';
  if (/%$/.test(raw.trim())) return 'Drop the % sign; put the unit in the Units column.';
  return 'Leave the cell empty for a missing value; put notes in COMMENT_OBS.';
}

/** Turns CSV records into typed observations: numeric values, reserved columns named, duplicates caught. */
export function rowsToObservations(csv: ParsedCsv, file: string, problems: ProblemList): IndicatorData {
  const disaggregations = csv.columns.filter((c) => c && !reserved.has(c));
  const observations: Observation[] = [];
  const seen = new Map<string, { line: number; value: string }>();
  const series = new Set<string>();
  const units = new Set<string>();
  const hasYear = csv.columns.includes('Year');
  const hasValue = csv.columns.includes('Value');

  for (const { line, cells } of csv.records) {
    const year = cells['Year'] ?? '';
    const raw = cells['Value'] ?? '';
    let value: number | null = null;
    let ok = true;
    if (hasYear && year === '') {
      problems.error(file, line, 'Column "Year": expected a year, received an empty cell.', 'Fill in the year, e.g. 2015 or 2013/16.');
      ok = false;
    }
    if (hasValue && raw !== '') {
      if (NUMBER.test(raw)) value = Number(raw);
      else {
        problems.error(file, line, `Column "Value": expected a number, received "${raw}".`, valueHint(raw));
        ok = false;
      }
    }
    const dims: Record<string, string> = {};
    for (const d of disaggregations) if (cells[d]) dims[d] = cells[d]!;
    const obs: Observation = { line, year, value, dims };
    const put = (key: 'series' | 'unit' | 'geoCode' | 'status' | 'unitMultiplier' | 'comment', v?: string) => {
      if (v) obs[key] = v;
    };
    put('series', cells['Series']);
    put('unit', cells['Units'] || cells['Unit measure']);
    put('geoCode', cells['GeoCode']);
    put('status', cells['Observation status']);
    put('unitMultiplier', cells['Unit multiplier']);
    put('comment', cells['COMMENT_OBS']);

    const key = JSON.stringify([year, obs.series, obs.unit, obs.geoCode, disaggregations.map((d) => dims[d] ?? '')]);
    const first = seen.get(key);
    if (first !== undefined) {
      // A warning, not an error: published repositories (the UK's among them) carry such rows, and Open SDG
      // plots both. We keep the first so charts and tables show one value per point, and say so.
      problems.warning(file, line, `Duplicate observation: same Year, Series, Units, GeoCode and disaggregation values as line ${first.line} (value ${first.value} there, ${raw || 'empty'} here); this row is left out of charts and tables.`,
        'Delete one of the two rows, or add a column whose values tell them apart.');
      continue;
    }
    seen.set(key, { line, value: raw || 'empty' });
    if (!ok) continue;
    if (obs.series) series.add(obs.series);
    if (obs.unit) units.add(obs.unit);
    observations.push(obs);
  }
  return {
    file,
    columns: csv.columns,
    disaggregations,
    series: [...series],
    units: [...units],
    years: sortYears(observations.map((o) => o.year)),
    observations,
  };
}
