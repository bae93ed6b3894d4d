/** The values a choropleth shows: per year, per area code, for one series and unit; pure. */
import type { Indicator } from '../schemas/model.ts';
import type { Observation } from '../schemas/observation.ts';
import { sortYears } from '../pipeline/years.ts';

export interface MapData {
  series?: string;
  unit?: string;
  years: string[];
  /** year → code → value. */
  values: Record<string, Record<string, number>>;
  /** Codes in the data with no boundary, sorted. */
  unmatched: string[];
  /** What the data call those codes, where a column names each one (e.g. "Local authority": "East Suffolk"). */
  unmatchedNames: Record<string, string>;
  /** Upper bounds of the classes, ascending (the last is the maximum). */
  breaks: number[];
  min: number;
  max: number;
}

/** How many colour classes a map has. */
export const CLASSES = 5;

/**
 * Picks the rows a map shows: those whose GeoCode has a boundary, in the first series and unit that has any;
 * per area and year the row with the fewest disaggregations (the area's total). Null where nothing matches.
 */
export function mapData(ind: Indicator, codes: Set<string>): MapData | null {
  if (!ind.showMap || !ind.data) return null;
  const geo = ind.data.observations.filter((o) => o.geoCode && o.value !== null);
  const first = geo.find((o) => codes.has(o.geoCode!));
  if (!first) return null;
  const same = (o: Observation) => o.series === first.series && o.unit === first.unit;
  const best = new Map<string, Observation>();
  for (const o of geo.filter(same)) {
    const key = `${o.year}\u0000${o.geoCode}`;
    const had = best.get(key);
    if (!had || Object.keys(o.dims).length < Object.keys(had.dims).length) best.set(key, o);
  }
  const values: MapData['values'] = {};
  const unmatched = new Set<string>();
  for (const o of best.values()) {
    if (codes.has(o.geoCode!)) (values[o.year] ??= {})[o.geoCode!] = o.value!;
    else unmatched.add(o.geoCode!);
  }
  const all = Object.values(values).flatMap((v) => Object.values(v)).sort((a, b) => a - b);
  return {
    ...(first.series ? { series: first.series } : {}),
    ...(first.unit ? { unit: first.unit } : {}),
    years: sortYears(Object.keys(values)),
    values,
    unmatched: [...unmatched].sort(),
    unmatchedNames: namesInData(geo.filter(same), [...unmatched]),
    breaks: classBreaks(all),
    min: all[0]!,
    max: all[all.length - 1]!,
  };
}

/**
 * Quantile class bounds over every year's values (so colours compare across years). The inner bounds are
 * rounded to 3 significant digits for a readable legend; the last is the maximum itself, so the legend ends
 * where the data do.
 */
export function classBreaks(sorted: number[], classes = CLASSES): number[] {
  if (sorted.length === 0) return [];
  const max = sorted[sorted.length - 1]!;
  const round = (n: number) => Number(n.toPrecision(3));
  const inner = Array.from({ length: classes - 1 }, (_, i) => sorted[Math.min(sorted.length - 1, Math.ceil(((i + 1) * sorted.length) / classes) - 1)]!);
  // A quantile at the maximum is the last class itself, not a bound below it.
  return [...new Set([...inner.filter((v) => v < max).map(round).filter((b) => b < max), max])];
}

/**
 * Names for codes from the data's own columns: a column that gives each code one value, and different codes
 * different values (a "Local authority" or "Region" column), read for the codes asked.
 */
export function namesInData(observations: readonly Observation[], codes: readonly string[]): Record<string, string> {
  const byColumn = new Map<string, Map<string, Set<string>>>();
  for (const o of observations) {
    for (const [column, value] of Object.entries(o.dims)) {
      const perCode = byColumn.get(column) ?? byColumn.set(column, new Map()).get(column)!;
      (perCode.get(o.geoCode!) ?? perCode.set(o.geoCode!, new Set()).get(o.geoCode!)!).add(value);
    }
  }
  const naming = [...byColumn.values()].filter((perCode) => {
    const values = [...perCode.values()];
    return values.every((v) => v.size === 1) && new Set(values.map((v) => [...v][0])).size === values.length;
  });
  const out: Record<string, string> = {};
  for (const code of codes) {
    const name = naming.map((perCode) => perCode.get(code)).find(Boolean);
    if (name) out[code] = [...name][0]!;
  }
  return out;
}

/** The class of a value: the first upper bound it does not exceed. */
export const classOf = (value: number, breaks: number[]) => {
  const i = breaks.findIndex((b) => value <= b);
  return i === -1 ? breaks.length - 1 : i;
};

/** Sequential blues (ColorBrewer), light to dark: ordered by lightness, so readable with any colour vision. */
export const MAP_COLOURS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
/** Areas with no value are hatched, so they never read as the lightest class. */
export const NO_DATA = 'url(#map-nodata)';
