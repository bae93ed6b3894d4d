/** The few points a summary quotes, taken from one headline series: earliest, baseline, previous, latest. */
import type { HeadlineSeries } from '../pipeline/headline.ts';
import type { Indicator } from '../schemas/model.ts';
import { decimalsFromMeta, formatNumber, inferDecimals, withUnit } from './format.ts';

/** The first year of the SDGs: where the data have it, changes are told from there. */
export const SDG_BASELINE = 2015;

export interface KeyPoint {
  year: string;
  value: number;
  /** The value formatted for people, with its unit in words. */
  text: string;
}

export interface KeyPoints {
  /** What the series is, when the headline has more than one. */
  label?: string;
  unit?: string;
  latest: KeyPoint;
  previous?: KeyPoint;
  earliest: KeyPoint;
  /** 2015 where the data have it (and it is not the latest year), else the earliest year. */
  base: KeyPoint;
  decimals: number;
}

const leadingYear = (year: string) => Number(/\d{4}/.exec(year)?.[0] ?? NaN);

/** A unit is only borrowed from the metadata when it names one unit, not a list of several. */
function unitOf(series: HeadlineSeries, ind: Indicator): string | undefined {
  if (series.unit) return series.unit;
  return ind.units && !/[,/]/.test(ind.units) ? ind.units : undefined;
}

/** Null when the series has no finite value. */
export function keyPoints(ind: Indicator, headline: HeadlineSeries[]): KeyPoints | null {
  const series = headline[0];
  if (!series) return null;
  // One value per year (the last row for a year wins), in year order; blanks and non-numbers dropped.
  const byYear = new Map<string, { value: number; multiplier?: string }>();
  for (const o of series.observations) {
    if (typeof o.value === 'number' && Number.isFinite(o.value)) byYear.set(o.year, { value: o.value, ...(o.unitMultiplier ? { multiplier: o.unitMultiplier } : {}) });
  }
  const years = [...byYear.keys()];
  if (years.length === 0) return null;
  const decimals = decimalsFromMeta(ind.meta) ?? inferDecimals([...byYear.values()].map((v) => v.value));
  const unit = unitOf(series, ind);
  const point = (year: string): KeyPoint => {
    const { value, multiplier } = byYear.get(year)!;
    return { year, value, text: withUnit(formatNumber(value, decimals), unit, multiplier) };
  };
  const latest = point(years[years.length - 1]!);
  const earliest = point(years[0]!);
  const baselineYear = years.find((y) => leadingYear(y) === SDG_BASELINE && y !== latest.year);
  const label = headline.length > 1 && series.series ? series.series : undefined;
  return {
    ...(label ? { label } : {}),
    ...(unit ? { unit } : {}),
    latest,
    ...(years.length > 1 ? { previous: point(years[years.length - 2]!) } : {}),
    earliest,
    base: baselineYear ? point(baselineYear) : earliest,
    decimals,
  };
}
