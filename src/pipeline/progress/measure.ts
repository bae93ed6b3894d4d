/**
 * The progress method: Statistics Canada's, as Open SDG applies it. This follows sdg-build's
 * `sdg/ProgressMeasure.py` (class `SeriesProgress`: `filter_data`, `calculate_progress_value`, `methodology_1`,
 * `methodology_2`, `is_target_achieved`, `get_progress_thresholds`, `get_progress_status`), which is what an
 * Open SDG 2.4+ site runs, and Open SDG's docs/progress-methodology.md (the formulas, the limit's scaling
 * factor, the special cases). Where the two read differently, the code is followed, so a repository gets the
 * status it gets from Open SDG:
 *
 * - Years are cut to their first four characters ("2015/16" is 2015); missing values are dropped.
 * - The current year is the latest; the base year the configured one where the data have it, else the first
 *   year after it (none when it lies after the latest year → not available).
 * - A target already met by the current value (≤ for direction negative, ≥ for positive) is "target achieved",
 *   whatever the trend, even with a single year of data (sdg-build decides it before any other check).
 * - Otherwise, fewer than one year between base and current year → not available; a base value of 0 is
 *   computed as 0.001, a target of 0 as 0.001; base and current values of opposite signs → not available;
 *   negative values turn every sign round (`sign`).
 * - Without a target: CAGR = (current / base)^(1 / (t − t0)) − 1, times −1 for direction negative; thresholds
 *   0.015 / 0.005 / 0 (substantial / moderate / limited; below: deterioration), each scaled by the limit's
 *   factor C where a `limit` is given.
 * - With a target: the ratio sign · d · CAGR_observed / |CAGR_required|, CAGR_required = (target / base)^(1 /
 *   (target year − t0)) − 1; thresholds 0.95 / 0.6 / 0. A `limit` is ignored (as Open SDG does).
 * - `progress_thresholds` replace the defaults one by one (`high`, `med`, `low`).
 *
 * Pure: points and settings in, the status and every figure used out.
 */
import type { KnownProgressStatus, ProgressMeasure, ProgressSettings } from '../../schemas/progress.ts';

export interface ProgressPoint {
  /** The year as written ("2015", "2015/16"); only its first four characters count. */
  year: string;
  value: number | null;
}

/** Open SDG's defaults (sdg-build SeriesProgress.__init__). */
export const DEFAULT_BASE_YEAR = 2015;
export const DEFAULT_TARGET_YEAR = 2030;
export const GROWTH_THRESHOLDS = { high: 0.015, med: 0.005, low: 0 } as const;
export const RATIO_THRESHOLDS = { high: 0.95, med: 0.6, low: 0 } as const;
/** The exponent of the limit's scaling factor (Statistics Canada's `a`). */
const LIMIT_EXPONENT = 4.44;
/** What a target or base value of 0 is computed as (an exponential model cannot start or end at 0). */
export const ZERO_REPLACEMENT = 0.001;

/** Compound annual growth rate from `from` at `t0` to `to` at `t`. */
export const growth = (to: number, from: number, t: number, t0: number) => (to / from) ** (1 / (t - t0)) - 1;

/** The category a progress value falls in; a value that is not a number (0 / 0) has none. */
export function statusOf(value: number, thresholds: { high: number; med: number; low: number }): KnownProgressStatus {
  if (value >= thresholds.high) return 'substantial_progress';
  if (value >= thresholds.med) return 'moderate_progress';
  if (value >= thresholds.low) return 'limited_progress';
  if (value < thresholds.low) return 'deterioration';
  return 'not_available';
}

/**
 * The scaling factor C of a limit: near 0 when the base value is at the limit, 1 from twice the limit away
 * (sdg-build get_progress_thresholds: base ≥ 2·limit → 1; base ≤ limit → 1 − (base/limit)^a; else
 * 1 − ((2·limit − base)/limit)^a, on absolute values).
 */
export function limitCoefficient(baseValue: number, limit: number): number {
  const base = Math.abs(baseValue);
  const lim = Math.abs(limit);
  if (base >= 2 * lim) return 1;
  if (base <= lim) return 1 - (base / lim) ** LIMIT_EXPONENT;
  return 1 - ((2 * lim - base) / lim) ** LIMIT_EXPONENT;
}

/** The year a point counts for: its first four characters, as a number (NaN when they are not digits). */
const yearOf = (year: string) => (/^\d{4}/.test(year.trim()) ? Number(year.trim().slice(0, 4)) : NaN);

/** The points as the method reads them: valued, with a four-digit year; and the years given twice, if any. */
export function cleanPoints(points: readonly ProgressPoint[]): { points: { year: number; value: number }[]; repeated: number[] } {
  const valued = points.flatMap((p) => (p.value === null || !Number.isFinite(p.value) || Number.isNaN(yearOf(p.year)) ? [] : [{ year: yearOf(p.year), value: p.value }]));
  const seen = new Set<number>();
  const repeated = new Set<number>();
  for (const p of valued) (seen.has(p.year) ? repeated : seen).add(p.year);
  return { points: valued.sort((a, b) => a.year - b.year), repeated: [...repeated] };
}

export function measureProgress(input: readonly ProgressPoint[], settings: ProgressSettings): ProgressMeasure {
  const { direction, targetYear, limit } = settings;
  const hasTarget = settings.target !== undefined;
  const method = hasTarget ? 'ratio' : 'growth';
  const thresholds = { ...(hasTarget ? RATIO_THRESHOLDS : GROWTH_THRESHOLDS), ...stripUndefined(settings.thresholds) };
  const base: ProgressMeasure = {
    status: 'not_available', method, direction, configuredBaseYear: settings.baseYear, targetYear, thresholds,
    ...(hasTarget ? { target: settings.target!, targetUsed: settings.target === 0 ? ZERO_REPLACEMENT : settings.target! } : {}),
    ...(limit !== undefined ? { limit } : {}),
    ...(limit !== undefined && hasTarget ? { limitIgnored: true } : {}),
  };
  const { points, repeated } = cleanPoints(input);
  if (points.length === 0) return { ...base, reason: 'no-data' };
  // sdg-build refuses a line with two values for one year (it raises); so do we, with the reason.
  if (repeated.length > 0) return { ...base, reason: 'duplicate-year' };
  const current = points[points.length - 1]!;
  const from = points.find((p) => p.year >= settings.baseYear);
  if (!from) return { ...base, currentYear: current.year, currentValue: current.value, reason: 'base-year-after-latest' };
  const found = { ...base, baseYear: from.year, baseValue: from.value, currentYear: current.year, currentValue: current.value };
  const d = direction === 'positive' ? 1 : -1;
  const sign: 1 | -1 = from.value < 0 ? -1 : 1;
  let t = { ...thresholds };
  let coefficient: number | undefined;
  if (!hasTarget && limit !== undefined) {
    coefficient = limitCoefficient(from.value, limit);
    t = { high: t.high * coefficient, med: t.med * coefficient, low: t.low * coefficient };
  }
  const measured = { ...found, sign, thresholds: t, ...(coefficient !== undefined ? { coefficient } : {}) };
  const target = base.targetUsed;
  // sdg-build decides "target achieved" first, whatever else holds; the figures are still worked out where they can be.
  const achieved = target !== undefined && ((d === -1 && current.value <= target) || (d === 1 && current.value >= target));
  const done = (m: ProgressMeasure): ProgressMeasure => {
    if (!achieved) return m;
    const { reason: _, ...rest } = m;
    return { ...rest, status: 'target_achieved' };
  };
  if (current.year - from.year < 1) return done({ ...measured, reason: 'too-few-years' });
  const baseAdjusted = from.value === 0;
  const baseValue = baseAdjusted ? ZERO_REPLACEMENT : from.value;
  const adjusted = baseAdjusted ? { ...measured, baseAdjusted: true } : measured;
  if ((baseValue > 0 && current.value < 0) || (baseValue < 0 && current.value > 0)) return done({ ...adjusted, reason: 'opposite-signs' });
  const observedGrowth = growth(current.value, baseValue, current.year, from.year);
  if (target === undefined) {
    const progressValue = sign * d * observedGrowth;
    return { ...adjusted, observedGrowth, progressValue, status: statusOf(progressValue, t) };
  }
  const requiredGrowth = growth(target, baseValue, targetYear, from.year);
  const progressValue = (sign * d * observedGrowth) / Math.abs(requiredGrowth);
  const status = statusOf(progressValue, t);
  return done({ ...adjusted, observedGrowth, requiredGrowth, progressValue, status, ...(status === 'not_available' ? { reason: 'undefined-ratio' as const } : {}) });
}

function stripUndefined(t: ProgressSettings['thresholds']): Partial<Record<'high' | 'med' | 'low', number>> {
  return Object.fromEntries(Object.entries(t ?? {}).filter(([, v]) => v !== undefined));
}

/** Least favourable first: the order the indicator's badge takes the worst of its lines by. */
const RANK: Record<KnownProgressStatus, number> = {
  deterioration: 0, limited_progress: 1, moderate_progress: 2, substantial_progress: 3, target_achieved: 4, not_available: 5,
};

/**
 * The status of an indicator measured on several lines: the least favourable of those that could be assessed,
 * so a reader never sees "substantial progress" while one group falls behind. (Open SDG averages the lines'
 * scores instead; we choose not to, and say so on the page.) Not available only when no line could be assessed.
 */
export function leastFavourable(statuses: readonly KnownProgressStatus[]): KnownProgressStatus {
  return [...statuses].sort((a, b) => RANK[a] - RANK[b])[0] ?? 'not_available';
}
