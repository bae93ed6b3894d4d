/**
 * The tidy CSV: one row per observation, one column per dimension, "Total" spelled out where a blank
 * cell means the total, and a numeric Value (empty where the value is missing).
 */
import Papa from 'papaparse';
import type { Indicator } from '../../schemas/model.ts';

export const TOTAL = 'Total';

export interface TidyTable {
  columns: string[];
  rows: (string | number | null)[][];
}

export function tidyTable(ind: Indicator): TidyTable {
  const data = ind.data;
  if (!data) return { columns: [], rows: [] };
  const obs = data.observations;
  const has = (pick: (o: (typeof obs)[number]) => unknown) => obs.some((o) => pick(o) !== undefined);
  const extra: [string, (o: (typeof obs)[number]) => string | undefined][] = [
    ['Series', (o) => o.series],
    ['Units', (o) => o.unit],
    ['Unit multiplier', (o) => o.unitMultiplier],
    ['GeoCode', (o) => o.geoCode],
  ];
  const fixed = extra.filter(([, pick]) => has(pick));
  const columns = ['Year', ...fixed.map(([c]) => c), ...data.disaggregations, 'Observation status', 'Value'];
  const rows = obs.map((o) => [
    o.year,
    ...fixed.map(([, pick]) => pick(o) ?? ''),
    ...data.disaggregations.map((d) => o.dims[d] ?? TOTAL),
    o.status ?? '',
    o.value,
  ]);
  return { columns, rows };
}

/** CSV text with a header row; quotes only where a cell needs them. */
export function toCsv(table: TidyTable): string {
  return Papa.unparse({ fields: table.columns, data: table.rows.map((r) => r.map((c) => (c === null ? '' : c))) }, { newline: '\n' }) + '\n';
}
