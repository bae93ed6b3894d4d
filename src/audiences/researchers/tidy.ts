/**
 * The tidy table: one row per observation, one column per dimension, "Total" spelled out where a blank
 * cell means the total, and a numeric Value (empty where the value is missing).
 *
 * On the page it is in the reader's words (codes replaced by labels), one row per observation (duplicates
 * left out, as in the charts), Value right after the year, series and unit. As a download it is
 * machine-readable: every row of the source, the columns and codes as published, the same in every
 * language, with a label column beside each column whose codes have labels ("SEX", "SEX label": F, Female),
 * Value last but for "Duplicate of line", which flags a row that repeats an earlier one.
 */
import { t } from '../../i18n/index.ts';
import { sourceRows, type SourceRow } from '../../pipeline/observations.ts';
import type { Indicator } from '../../schemas/model.ts';
import type { IndicatorData, Observation } from '../../schemas/observation.ts';
import { writeCsv } from '../../pipeline/write-csv.ts';
import { bySeries } from '../../site/indicator-json.ts';

export const TOTAL = 'Total';
/** The download's column that flags a duplicate row with the source line of the row it repeats. */
export const DUPLICATE_OF = 'Duplicate of line';

type Cell = string | number | null;

export interface TidyTable {
  columns: string[];
  rows: Cell[][];
}

type Purpose = 'page' | 'download';
/** A row of the table: the row as published (`raw`) and its labelled copy (`shown`, the same where nothing has a label). */
interface Pair { raw: SourceRow; shown: SourceRow }
/** One column: a key shared by page and download, its name, its cell and, in a labelled download, its label cell. */
interface Column { key: string; name: string; cell: (p: Pair) => Cell; label?: (p: Pair) => Cell }
type Pick = (o: Observation) => string | undefined;

function columnsOf(data: IndicatorData, shown: IndicatorData, purpose: Purpose, rows: readonly SourceRow[]): Column[] {
  const labelled = purpose === 'download' && data !== shown;
  const has = (pick: Pick) => rows.some((o) => pick(o) !== undefined);
  const fixed = ([
    ['series', data.seriesColumn && labelled ? data.seriesColumn : 'Series', (o) => o.series, true],
    ['unit', data.unitColumn && labelled ? data.unitColumn : 'Units', (o) => o.unit, true],
    ['multiplier', 'Unit multiplier', (o) => o.unitMultiplier, false],
    ['geoCode', 'GeoCode', (o) => o.geoCode, false],
  ] as [string, string, Pick, boolean][]).filter(([, , pick]) => has(pick));
  // On the page "Total" is in the reader's language; in the file it stays as published.
  const total = purpose === 'page' ? t('charts.total') : TOTAL;
  const columns: Column[] = [
    { key: 'year', name: 'Year', cell: (p) => p.raw.year },
    ...fixed.map(([key, name, pick, hasLabels]): Column => ({
      key, name, cell: (p) => pick(p.raw) ?? '', ...(labelled && hasLabels ? { label: (p: Pair) => pick(p.shown) ?? '' } : {}),
    })),
    ...data.disaggregations.map((d, j): Column => ({
      key: `dim:${j}`, name: d, cell: (p) => p.raw.dims[d] ?? total,
      ...(labelled ? { label: (p: Pair) => p.shown.dims[shown.disaggregations[j]!] ?? TOTAL } : {}),
    })),
    { key: 'status', name: 'Observation status', cell: (p) => p.raw.status ?? '' },
  ];
  const value: Column = { key: 'value', name: 'Value', cell: (p) => p.raw.value };
  if (purpose === 'page') {
    // Readers look for the value first: right after the year, series and unit.
    const at = 1 + fixed.filter(([key]) => key === 'series' || key === 'unit').length;
    return [...columns.slice(0, at), value, ...columns.slice(at)];
  }
  const duplicates = rows.length > data.observations.length;
  return [...columns, value, ...(duplicates ? [{ key: 'duplicateOf', name: DUPLICATE_OF, cell: (p: Pair) => p.raw.duplicateOf ?? null }] : [])];
}

const names = (columns: readonly Column[]) => columns.flatMap((c) => (c.label ? [c.name, `${c.name} label`] : [c.name]));

function sources(ind: Indicator, purpose: Purpose) {
  const shown = ind.data;
  const data = purpose === 'download' ? (ind.rawData ?? ind.data) : ind.data;
  if (!data || !shown) return undefined;
  // The labelled copy has the same rows in the same order. The page's rows are in the JSON's order (by time series,
  // then year), which its script reads to show them all.
  const rows = purpose === 'download' ? sourceRows(data) : bySeries(data.observations).flatMap((g) => g.observations);
  const shownRows = purpose === 'download' && data !== shown ? sourceRows(shown) : rows;
  return { data, shown, rows, shownRows, columns: columnsOf(data, shown, purpose, rows) };
}

export function tidyTable(ind: Indicator, purpose: Purpose = 'download'): TidyTable {
  const s = sources(ind, purpose);
  if (!s) return { columns: [], rows: [] };
  const rows = s.rows.map((raw, i) => {
    const pair = { raw, shown: s.shownRows[i]! };
    return s.columns.flatMap((c) => (c.label ? [c.cell(pair), c.label(pair)] : [c.cell(pair)]));
  });
  const columns = names(s.columns);
  if (purpose === 'page') {
    const words: Record<string, string> = {
      Year: t('indicator.year'), Series: t('indicator.series'), Units: t('indicator.unit'), 'Unit multiplier': t('indicator.unitMultiplier'),
      GeoCode: t('indicator.geoCode'), 'Observation status': t('indicator.observationStatus'), Value: t('indicator.value'),
    };
    return { columns: columns.map((c) => words[c] ?? c), rows };
  }
  return { columns, rows };
}

/**
 * What each column of the page's table holds, for its script, which reads every row from the indicator's JSON:
 * `year`, `series`, `unit`, `multiplier`, `geoCode`, `value`, `status`, or `dim:<name>` (a breakdown).
 */
export function pageColumnKeys(ind: Indicator): string[] {
  const data = ind.data;
  return (sources(ind, 'page')?.columns ?? []).map((c) => (c.key.startsWith('dim:') && data ? `dim:${data.disaggregations[Number(c.key.slice(4))]}` : c.key));
}

/** Where the value is in the page's table. */
export const pageValueColumn = (ind: Indicator): number => sources(ind, 'page')?.columns.findIndex((c) => c.key === 'value') ?? -1;

/** How many rows the download has beyond the page's: duplicates of earlier rows. */
export const duplicateCount = (ind: Indicator): number => (ind.rawData ?? ind.data)?.duplicates?.length ?? 0;

/** CSV text with a header row; quotes only where a cell needs them; formulas defused (see write-csv.ts). */
export function toCsv(table: TidyTable): string {
  return writeCsv(table.columns, table.rows);
}
