import type { DuplicateRow, IndicatorData, Observation } from '../schemas/observation.ts';
import { columnRoles, pick, type ColumnRoles } from './columns.ts';
import type { ParsedCsv } from './parse-csv.ts';
import type { ProblemList } from './problems.ts';
import { sortYears } from './years.ts';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** What pandas and spreadsheets write for "not a number"; Open SDG shows nothing for them. */
const NOT_FINITE = /^[-+]?(inf|infinity|nan)$/i;

function valueHint(raw: string): string {
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) return 'Remove the thousands separators (write 1234567.5).';
  if (/^[-+]?\d+,\d+$/.test(raw)) return 'Use a point as the decimal separator (write 1.2, not 1,2).';
  if (/%$/.test(raw.trim())) return 'Drop the % sign; put the unit in the Units column.';
  return 'Leave the cell empty for a missing value; put notes in COMMENT_OBS.';
}

/** The cells kept in `other`, or undefined when there are none. */
function otherCells(columns: readonly string[], cells: Record<string, string>, constants: Record<string, string> | undefined): Record<string, string> | undefined {
  let other: Record<string, string> | undefined = constants ? { ...constants } : undefined;
  for (const c of columns) if (cells[c]) (other ??= {})[c] = cells[c]!;
  return other;
}

/**
 * Turns table records into typed observations: numeric values, the series/unit/area/status columns named,
 * duplicates caught. A record may name its own file (tables merged from several SDMX messages).
 */
export function rowsToObservations(csv: ParsedCsv, file: string, problems: ProblemList, roles: ColumnRoles = columnRoles()): IndicatorData {
  const col = {
    series: pick(csv.columns, roles.series),
    unit: pick(csv.columns, roles.unit),
    // sdg-build repositories copy REF_AREA into GeoCode in a Python hook; the portal does it itself.
    geoCode: pick(csv.columns, roles.geoCode) ?? pick(csv.columns, ['REF_AREA']),
    status: pick(csv.columns, roles.status),
    unitMultiplier: pick(csv.columns, roles.unitMultiplier),
    comment: pick(csv.columns, roles.comment),
    progress: pick(csv.columns, roles.progress),
  };
  const disaggregations = csv.columns.filter((c) => c && !roles.notBreakdown.has(c));
  const used = new Set<string | undefined>(['Year', 'Value', ...Object.values(col)]);
  const otherColumns = csv.columns.filter((c) => c && !used.has(c) && roles.notBreakdown.has(c));
  const observations: Observation[] = [];
  const duplicates: DuplicateRow[] = [];
  const seen = new Map<string, { line: number; value: string; file: string }>();
  const series = new Set<string>();
  const units = new Set<string>();
  const hasYear = csv.columns.includes('Year');
  const hasValue = csv.columns.includes('Value');
  const notFinite = new Map<string, { count: number; file: string; line: number; seen: Set<string> }>();

  for (const { line, cells, file: recordFile, constants } of csv.records) {
    const at = recordFile ?? file;
    const year = cells['Year'] ?? '';
    const raw = cells['Value'] ?? '';
    let value: number | null = null;
    let ok = true;
    if (hasYear && year === '') {
      problems.error(at, line, 'Column "Year": expected a year, received an empty cell.', 'Fill in the year, e.g. 2015 or 2013/16.');
      ok = false;
    }
    if (hasValue && raw !== '') {
      if (NUMBER.test(raw)) value = Number(raw);
      else if (NOT_FINITE.test(raw)) {
        const n = notFinite.get(at) ?? { count: 0, file: at, line, seen: new Set<string>() };
        n.count++;
        n.seen.add(raw);
        notFinite.set(at, n);
      } else {
        problems.error(at, line, `Column "Value": expected a number, received "${raw}".`, valueHint(raw));
        ok = false;
      }
    }
    const dims: Record<string, string> = {};
    for (const d of disaggregations) if (cells[d]) dims[d] = cells[d]!;
    const obs: Observation = { line, year, value, dims };
    for (const key of ['series', 'unit', 'geoCode', 'status', 'unitMultiplier', 'comment'] as const) {
      const column = col[key];
      const v = column ? cells[column] : undefined;
      if (v) obs[key] = v;
    }
    if (recordFile && recordFile !== file) obs.file = recordFile;
    const other = otherCells(otherColumns, cells, constants);
    if (other) obs.other = other;
    const progress = col.progress ? (cells[col.progress] ?? '') : '';
    if (progress !== '' && NUMBER.test(progress)) obs.progress = Number(progress);
    else if (progress !== '' && !NOT_FINITE.test(progress)) {
      problems.error(at, line, `Column "${col.progress}": expected a number, received "${progress}".`,
        'The Progress column replaces Value in the progress calculation only: write a number, or leave the cell empty.');
      ok = false;
    }

    const key = JSON.stringify([year, obs.series, obs.unit, obs.geoCode, disaggregations.map((d) => dims[d] ?? '')]);
    const first = seen.get(key);
    // The same observation in two SDMX messages (a series annotated with several indicators is exported
    // with each of them) is one observation, not a conflict.
    if (first !== undefined && first.file !== at && first.value === (raw || 'empty')) continue;
    if (first !== undefined) {
      // A warning, not an error: published repositories (the UK's among them) carry such rows, and Open SDG
      // plots both. We keep the first so charts and tables show one value per point, and say so.
      problems.warning(at, line, `Duplicate observation: same Year, Series, Units, GeoCode and disaggregation values as ${first.file !== at ? `${first.file} ` : ''}line ${first.line} (value ${first.value} there, ${raw || 'empty'} here); this row is left out of charts, tables and the SDMX downloads.`,
        'Delete one of the two rows, or add a column whose values tell them apart.');
      // The tidy download keeps it, flagged, so it has every row of the source.
      if (ok) duplicates.push({ ...obs, duplicateOf: first.line, position: observations.length });
      continue;
    }
    seen.set(key, { line, value: raw || 'empty', file: at });
    if (!ok) continue;
    if (obs.series) series.add(obs.series);
    if (obs.unit) units.add(obs.unit);
    observations.push(obs);
  }
  for (const n of notFinite.values()) {
    problems.warning(n.file, n.line, `Column "Value": ${n.count === 1 ? '1 cell holds' : `${n.count} cells hold`} ${[...n.seen].map((v) => `"${v}"`).join(', ')}; read as missing values.`,
      'Leave the cell empty for a missing value.');
  }
  return {
    file,
    columns: csv.columns,
    disaggregations,
    ...(col.series ? { seriesColumn: col.series } : {}),
    ...(col.unit ? { unitColumn: col.unit } : {}),
    ...(col.progress ? { progressColumn: col.progress } : {}),
    series: [...series],
    units: [...units],
    years: sortYears(observations.map((o) => o.year)),
    observations,
    ...(duplicates.length > 0 ? { duplicates } : {}),
  };
}

/** A row of the source: an observation, or a duplicate of an earlier one (which says which). */
export type SourceRow = Observation & { duplicateOf?: number };

/** Every row of the source in its order: the observations, with the duplicates back in their places. */
export function sourceRows(data: IndicatorData): SourceRow[] {
  const duplicates = data.duplicates ?? [];
  if (duplicates.length === 0) return data.observations;
  const rows: SourceRow[] = [];
  let d = 0;
  const flush = (position: number) => {
    while (d < duplicates.length && duplicates[d]!.position === position) {
      const { position: _, ...row } = duplicates[d++]!;
      rows.push(row);
    }
  };
  data.observations.forEach((o, i) => { flush(i); rows.push(o); });
  flush(data.observations.length);
  return rows;
}
