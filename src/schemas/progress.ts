import { z } from 'zod';

/**
 * Progress towards the 2030 targets, configured in an indicator's metadata exactly as Open SDG 2.4+ documents it
 * (open-sdg docs/progress.md and docs/indicator-configuration.md, "progress_calculation_options"):
 *
 * ```yaml
 * auto_progress_calculation: true
 * progress_calculation_options:
 *   - direction: negative          # a fall is progress
 *     target: 70                   # the value to reach by target_year
 *   - disaggregation:              # one line of the data: women
 *       - field: SEX
 *         value: F
 *     direction: negative
 * ```
 *
 * or, with the calculation off, a status the statistics office sets itself (`progress_status: moderate_progress`).
 */

/** Open SDG's progress statuses, from the most to the least favourable; `not_available` when no status can be given. */
export const PROGRESS_STATUSES = ['target_achieved', 'substantial_progress', 'moderate_progress', 'limited_progress', 'deterioration', 'not_available'] as const;
export type KnownProgressStatus = (typeof PROGRESS_STATUSES)[number];
/** A status as shown: one of Open SDG's, or one a site repository defines (`progress_status.status_types`). */
export type ProgressStatus = string;

/** Older names Open SDG sites still carry, read as today's. */
export const PROGRESS_STATUS_ALIASES: Record<string, KnownProgressStatus> = { negligible_progress: 'limited_progress' };

/** A number, also written as text ("0.5"). */
const number = z.preprocess((v) => (typeof v === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v) ? Number(v) : v), z.number({ invalid_type_error: 'expected a number' }).finite());
/** A year: 2015, also written "2015". */
const year = z.preprocess((v) => (typeof v === 'string' && /^\s*\d{4}\s*$/.test(v) ? Number(v) : v), z.number({ invalid_type_error: 'expected a year such as 2015' }).int().min(1900).max(2100));
const text = z.union([z.string(), z.number()]).transform((v) => String(v).trim());

/** One `disaggregation` entry: a breakdown column and the value that picks the line (as written in the data). */
export const ProgressDisaggregationSchema = z.object({
  /** The column, e.g. `Sex` or `SEX`. */
  field: text,
  /** Its value for this line, e.g. `Female` or `F`. */
  value: text,
}).strict();

/** `progress_thresholds`: the cut-offs between categories; any left out keep Open SDG's defaults. */
export const ProgressThresholdsSchema = z.object({
  /** At or above: substantial progress (defaults: 0.015 without a target, 0.95 with one). */
  high: number.optional(),
  /** At or above: moderate progress (defaults: 0.005 without a target, 0.6 with one). */
  med: number.optional(),
  /** At or above: limited progress; below: deterioration (default 0). */
  low: number.optional(),
}).strict();

/** One entry of `progress_calculation_options`: which line of the data, and how to judge it. */
export const ProgressOptionSchema = z.object({
  /** The series, as written in the data; needed where the data have several. */
  series: text.optional(),
  /** The unit, as written in the data; needed where the data have several. */
  unit: text.optional(),
  /** Breakdown values that pick the line (e.g. women); without it, the headline (every breakdown blank). */
  disaggregation: z.array(ProgressDisaggregationSchema).optional(),
  /** `negative` where a fall is progress (poverty), `positive` where a rise is (access to water). Default negative. */
  direction: z.enum(['negative', 'positive']).optional(),
  /** The year progress is measured from (default 2015; the first year after it where the data start later). */
  base_year: year.optional(),
  /** The year the target is for (default 2030). */
  target_year: year.optional(),
  /** The value to reach by `target_year`; without it, the observed growth alone is judged. A target of 0 is computed as 0.001. */
  target: number.optional(),
  /** The natural floor (direction negative) or ceiling (positive) of the values, e.g. 100 for a percentage; only used without a target. */
  limit: number.optional(),
  progress_thresholds: ProgressThresholdsSchema.optional(),
}).passthrough();
export type ProgressOption = z.infer<typeof ProgressOptionSchema>;

/** The settings one line is judged with, defaults applied. */
export interface ProgressSettings {
  direction: 'negative' | 'positive';
  baseYear: number;
  targetYear: number;
  target?: number;
  limit?: number;
  thresholds?: { high?: number | undefined; med?: number | undefined; low?: number | undefined };
}

/** Why a line has no status. */
export type NotAvailableReason =
  | 'no-data' | 'base-year-after-latest' | 'too-few-years' | 'opposite-signs' | 'undefined-ratio'
  /** The configuration names a line the data do not have, or one that is ambiguous (reported as a warning). */
  | 'no-line' | 'duplicate-year';

/** What the method found for one line: the status and every input and intermediate figure, so a reader can check it. */
export interface ProgressMeasure {
  status: KnownProgressStatus;
  /** `growth`: the observed growth alone (no target); `ratio`: observed over required growth (with a target). */
  method: 'growth' | 'ratio';
  reason?: NotAvailableReason;
  direction: 'negative' | 'positive';
  /** The configured base year, and the one used (the first year of data at or after it). */
  configuredBaseYear: number;
  baseYear?: number;
  baseValue?: number;
  /** True when a base value of 0 was computed as 0.001 (Open SDG's rule). */
  baseAdjusted?: boolean;
  currentYear?: number;
  currentValue?: number;
  target?: number;
  /** The target as computed: 0.001 for a target of 0. */
  targetUsed?: number;
  targetYear: number;
  /** -1 when the base value is negative (every sign is then turned round), else 1. */
  sign?: 1 | -1;
  /** The observed compound annual growth rate, (current / base)^(1 / years) − 1. */
  observedGrowth?: number;
  /** The growth rate needed to reach the target on time, (target / base)^(1 / (target year − base year)) − 1. */
  requiredGrowth?: number;
  /** The figure compared with the thresholds: the observed growth (turned for direction), or the ratio. */
  progressValue?: number;
  thresholds: { high: number; med: number; low: number };
  limit?: number;
  /** The scaling factor C (0–1) a limit applies to the thresholds. */
  coefficient?: number;
  /** True when a limit was given with a target: Open SDG ignores it. */
  limitIgnored?: boolean;
}

/** One measured line of an indicator, in the page's language. */
export interface ProgressLine {
  /** What the line is, in words ("Sex: Female"); empty for the headline. */
  label: string;
  /** The line's series, unit and breakdown values as shown (labels), to place its target on the chart. */
  series?: string;
  unit?: string;
  dims: Record<string, string>;
  /** The same, as written in the data (codes), for the CSV download. */
  codes: { series?: string; unit?: string; dims: Record<string, string> };
  /** True when the data's `Progress` column was used instead of `Value`. */
  fromProgressColumn: boolean;
  measure: ProgressMeasure;
}

/** An indicator's progress: calculated per line, or set by the statistics office. */
export interface IndicatorProgress {
  source: 'calculated' | 'manual';
  /** The status the indicator's badge shows: the least favourable of its lines, or the one set. */
  status: ProgressStatus;
  /** The lines measured, in the configuration's order (empty for a status set by hand). */
  lines: ProgressLine[];
}
