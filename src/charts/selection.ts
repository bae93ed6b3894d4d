/** The reader's choice of what the chart shows, and its round trip through the URL query (to share a view). */
import type { ChartConfig } from './chart-config.ts';
import type { ExplorerData } from './time-series.ts';

export interface Selection {
  series?: string;
  unit?: string;
  /** Chosen values per disaggregation; a field left out shows its total. */
  dims: Record<string, string[]>;
  from?: string;
  to?: string;
  view: 'chart' | 'table';
}

/** Something in the URL that did not fit the data, to say so on the page. */
export interface Fallback { kind: 'series' | 'unit' | 'dim' | 'year' | 'view'; value: string; field?: string }

import { DIM } from './selection-query.ts';

export { hasSelectionQuery } from './selection-query.ts';

/** The selection as a query string; what equals the default is left out, so the headline view has a clean URL. */
export function selectionToQuery(sel: Selection, defaults: ChartConfig['defaults']): string {
  const q = new URLSearchParams();
  if (sel.series !== undefined && sel.series !== defaults.series) q.set('series', sel.series);
  if (sel.unit !== undefined && sel.unit !== defaults.unit) q.set('unit', sel.unit);
  const same = JSON.stringify(Object.entries(sel.dims).filter(([, v]) => v.length).sort()) ===
    JSON.stringify(Object.entries(defaults.dims).filter(([, v]) => v.length).sort());
  if (!same) {
    const entries = Object.entries(sel.dims).filter(([, v]) => v.length > 0);
    if (entries.length === 0) q.set('dims', 'none');
    for (const [field, values] of entries) for (const v of values) q.append(DIM + field, v);
  }
  if (sel.from) q.set('from', sel.from);
  if (sel.to) q.set('to', sel.to);
  if (sel.view === 'table') q.set('view', 'table');
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Reads a query against the data: anything unknown falls back to the default, and is listed. */
export function selectionFromQuery(search: string, data: ExplorerData, defaults: ChartConfig['defaults']): { selection: Selection; fallbacks: Fallback[] } {
  const q = new URLSearchParams(search);
  const fallbacks: Fallback[] = [];
  const sel: Selection = { ...structuredClone(defaults), view: 'chart' };
  const series = q.get('series');
  if (series !== null) {
    if (data.series.includes(series)) sel.series = series;
    else fallbacks.push({ kind: 'series', value: series });
  }
  const unit = q.get('unit');
  if (unit !== null) {
    const ok = data.timeSeries.some((ts) => ts.unit === unit && (sel.series === undefined || ts.series === sel.series));
    if (ok) sel.unit = unit;
    else fallbacks.push({ kind: 'unit', value: unit });
  } else if (series !== null && sel.series !== defaults.series) {
    const first = data.timeSeries.find((ts) => ts.series === sel.series)?.unit;
    if (first !== undefined) sel.unit = first;
    else delete sel.unit;
  }
  const dimKeys = [...new Set([...q.keys()].filter((k) => k.startsWith(DIM)))];
  if (dimKeys.length > 0 || q.get('dims') === 'none') {
    const dims: Record<string, string[]> = {};
    for (const key of dimKeys) {
      const field = key.slice(DIM.length);
      for (const v of q.getAll(key)) {
        const known = data.dimensions.includes(field) && data.timeSeries.some((ts) => ts.dimensions[field] === v);
        if (known) (dims[field] ??= []).includes(v) || dims[field]!.push(v);
        else fallbacks.push({ kind: 'dim', field, value: v });
      }
    }
    sel.dims = dims;
  }
  for (const end of ['from', 'to'] as const) {
    const y = q.get(end);
    if (y === null) continue;
    if (data.years.includes(y)) sel[end] = y;
    else fallbacks.push({ kind: 'year', value: y });
  }
  const view = q.get('view');
  if (view === 'table') sel.view = 'table';
  else if (view !== null && view !== 'chart') fallbacks.push({ kind: 'view', value: view });
  return { selection: sel, fallbacks };
}
