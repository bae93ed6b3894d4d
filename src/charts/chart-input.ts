import { t } from '../i18n/index.ts';
import type { HeadlineSeries } from '../pipeline/headline.ts';
import { allNumericYears, sortYears } from '../pipeline/years.ts';

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#E69F00', '#000000', '#F0E442'];

/** One point of a chart: a year, a value, and the line it belongs to. */
export interface ChartPoint {
  year: string;
  /** The year as a number, where every year is a plain number (continuous axis). */
  x?: number;
  value: number;
  line: string;
  status?: string;
}

/** What a chart function needs: points, labels, and the year axis kind. */
export interface ChartInput {
  title: string;
  /** The unit in words, for the y axis. */
  unit?: string;
  points: ChartPoint[];
  /** Line labels in legend order. */
  lines: string[];
  years: string[];
  numericYears: boolean;
  /** `graph_limits`: the y axis runs at least from min to max. */
  limits?: { min?: number; max?: number };
  /** Target lines and other annotations: a labelled horizontal rule. */
  annotations?: { value: number; label: string }[];
  /** `precision`: decimal places for values. */
  decimals?: number;
  /** The figures come from a source outside official statistics: lines are drawn dashed and the legend says why. */
  nonOfficial?: boolean;
}

/** Flattens headline series (one unit) into chart points; a line's label is its series, else its unit. */
export function toChartInput(title: string, series: HeadlineSeries[], unit?: string): ChartInput {
  const label = (s: HeadlineSeries, i: number) => s.series ?? s.unit ?? (series.length > 1 ? t('chart.seriesN', { n: i + 1 }) : title);
  const years = sortYears(series.flatMap((s) => s.observations.map((o) => o.year)));
  const numericYears = allNumericYears(years);
  const points = series.flatMap((s, i) =>
    s.observations.map((o) => ({
      year: o.year,
      ...(numericYears ? { x: Number(o.year) } : {}),
      value: o.value as number,
      line: label(s, i),
      ...(o.status ? { status: o.status } : {}),
    })),
  );
  return { title, ...(unit ? { unit } : {}), points, lines: series.map(label), years, numericYears };
}

/** At most `max` evenly spaced years to label on a categorical axis (always the first and the last). */
export function yearTicks(years: readonly string[], max = 10): string[] {
  if (years.length <= max) return [...years];
  const step = Math.ceil((years.length - 1) / (max - 1));
  const last = years.length - 1;
  // Every step-th year, then the last one; a stepped tick too close to the last would collide with it.
  const ticks = years.filter((_, i) => i % step === 0 && (i === last || last - i >= step / 2));
  if (ticks[ticks.length - 1] !== years[last]) ticks.push(years[last]!);
  return ticks;
}
