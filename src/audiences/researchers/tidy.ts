/**
 * The tidy table: one row per observation, one column per dimension, "Total" spelled out where a blank
 * cell means the total, and a numeric Value (empty where the value is missing).
 *
 * On the page it is in the reader's words (codes replaced by labels). As a download it is machine-readable:
 * the columns and codes as published, the same in every language, with a label column beside each column
 * whose codes have labels ("SEX", "SEX label": F, Female).
 */
import { t } from '../../i18n/index.ts';
import type { Indicator } from '../../schemas/model.ts';
import type { Observation } from '../../schemas/observation.ts';
import { writeCsv } from '../../pipeline/write-csv.ts';

export const TOTAL = 'Total';

export interface TidyTable {
  columns: string[];
  rows: (string | number | null)[][];
}

type Pick = (o: Observation) => string | undefined;

export function tidyTable(ind: Indicator, purpose: 'page' | 'download' = 'download'): TidyTable {
  const shown = ind.data;
  const data = purpose === 'download' ? (ind.rawData ?? ind.data) : ind.data;
  if (!data || !shown) return { columns: [], rows: [] };
  const labelled = purpose === 'download' && data !== shown;
  const obs = data.observations;
  const has = (pick: Pick) => obs.some((o) => pick(o) !== undefined);
  const extra: [string, Pick, Pick?][] = [
    [data.seriesColumn && labelled ? data.seriesColumn : 'Series', (o) => o.series, (o) => o.series],
    [data.unitColumn && labelled ? data.unitColumn : 'Units', (o) => o.unit, (o) => o.unit],
    ['Unit multiplier', (o) => o.unitMultiplier],
    ['GeoCode', (o) => o.geoCode],
  ];
  const fixed = extra.filter(([, pick]) => has(pick));
  // The labelled copy has the same observations in the same order; its columns are the labels of these.
  const label = (i: number, pick: Pick) => (labelled ? [(pick(shown.observations[i]!) ?? '')] : []);
  const columns = [
    'Year',
    ...fixed.flatMap(([c, , lab]) => (labelled && lab ? [c, `${c} label`] : [c])),
    ...data.disaggregations.flatMap((d) => (labelled ? [d, `${d} label`] : [d])),
    'Observation status',
    'Value',
  ];
  const shownDims = shown.disaggregations;
  // On the page, "Total" and the fixed column names are in the reader's language; in the file they stay as published.
  const total = purpose === 'page' ? t('charts.total') : TOTAL;
  const rows = obs.map((o, i) => [
    o.year,
    ...fixed.flatMap(([, pick, lab]) => [pick(o) ?? '', ...(lab ? label(i, lab) : [])]),
    ...data.disaggregations.flatMap((d, j) => [o.dims[d] ?? total, ...(labelled ? [shown.observations[i]!.dims[shownDims[j]!] ?? TOTAL] : [])]),
    o.status ?? '',
    o.value,
  ]);
  if (purpose === 'page') {
    const names: Record<string, string> = {
      Year: t('indicator.year'), Series: t('indicator.series'), Units: t('indicator.unit'), 'Unit multiplier': t('indicator.unitMultiplier'),
      GeoCode: t('indicator.geoCode'), 'Observation status': t('indicator.observationStatus'), Value: t('indicator.value'),
    };
    return { columns: columns.map((c) => names[c] ?? c), rows };
  }
  return { columns, rows };
}

/** CSV text with a header row; quotes only where a cell needs them; formulas defused (see write-csv.ts). */
export function toCsv(table: TidyTable): string {
  return writeCsv(table.columns, table.rows);
}
