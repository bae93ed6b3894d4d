import type { Indicator } from '../schemas/model.ts';
import type { Observation } from '../schemas/observation.ts';
import { compareYears } from './years.ts';
import { minOf } from './extent.ts';

/** One line of the headline: a series and unit, with its observations in year order. */
export interface HeadlineSeries {
  series?: string;
  unit?: string;
  /**
   * How the rows were chosen: the totals; the metadata's `data_start_values`; or, where neither
   * exists, the first combination with the fewest disaggregations.
   */
  basis: 'totals' | 'start-values' | 'first-values';
  /** The disaggregation values chosen (empty for totals), to say on the page what is shown. */
  selection: Record<string, string>;
  observations: Observation[];
}

const keyOf = (o: Observation) => JSON.stringify([o.series ?? '', o.unit ?? '']);

function group(observations: Observation[], basis: HeadlineSeries['basis'], selection: Record<string, string> = {}): HeadlineSeries[] {
  const groups = new Map<string, HeadlineSeries>();
  for (const o of observations) {
    const key = keyOf(o);
    if (!groups.has(key)) {
      groups.set(key, { ...(o.series ? { series: o.series } : {}), ...(o.unit ? { unit: o.unit } : {}), basis, selection, observations: [] });
    }
    groups.get(key)!.observations.push(o);
  }
  for (const g of groups.values()) g.observations.sort((a, b) => compareYears(a.year, b.year));
  return [...groups.values()];
}

/**
 * The headline: per series and unit, the rows whose disaggregations are all blank. Where a repository
 * has no such rows, its `data_start_values` pick the default selection (other disaggregations blank);
 * failing that, the first combination with the fewest disaggregations, so the page still shows a chart.
 */
export function headlineOf(indicator: Indicator): HeadlineSeries[] {
  const valued = (indicator.data?.observations ?? []).filter((o) => o.value !== null);
  const totals = valued.filter((o) => Object.keys(o.dims).length === 0);
  if (totals.length > 0) return group(totals, 'totals');
  if (valued.length === 0) return [];
  const start = indicator.startValues.filter((s) => indicator.data?.disaggregations.includes(s.field));
  const startSelection = Object.fromEntries(start.map((s) => [s.field, s.value]));
  const matches = (sel: Record<string, string>) => (o: Observation) =>
    Object.keys(o.dims).length === Object.keys(sel).length && Object.entries(sel).every(([k, v]) => o.dims[k] === v);
  const fromStart = start.length > 0 ? valued.filter(matches(startSelection)) : [];
  if (fromStart.length > 0) return group(fromStart, 'start-values', startSelection);
  const fewest = minOf(valued.map((o) => Object.keys(o.dims).length));
  const first = valued.find((o) => Object.keys(o.dims).length === fewest)!.dims;
  return group(valued.filter(matches(first)), 'first-values', { ...first });
}
