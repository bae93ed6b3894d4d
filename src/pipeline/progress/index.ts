/**
 * An indicator's progress towards its targets: its configuration read and checked, each configured line chosen
 * from the data and measured (measure.ts), and the indicator's status taken as the least favourable of its
 * lines; or the status the statistics office set (`progress_status`). Problems are reported at their line.
 */
import type { IndicatorData } from '../../schemas/observation.ts';
import type { IndicatorProgress, KnownProgressStatus, ProgressLine, ProgressOption, ProgressSettings } from '../../schemas/progress.ts';
import { PROGRESS_STATUSES } from '../../schemas/progress.ts';
import type { ProblemList } from '../problems.ts';
import { nearest } from '../suggest.ts';
import { chooseLine, isLineProblem } from './lines.ts';
import { DEFAULT_BASE_YEAR, DEFAULT_TARGET_YEAR, leastFavourable, measureProgress } from './measure.ts';
import { readProgressConfig, type Locate } from './options.ts';

export interface ProgressContext {
  meta: Record<string, unknown>;
  locate: Locate;
  /** The data as published (codes) and as shown (labels); absent where the indicator has no data file. */
  raw?: IndicatorData;
  shown?: IndicatorData;
  /** Statuses the site knows: Open SDG's and those its site repository defines. */
  known: ReadonlySet<string>;
  problems: ProblemList;
}

/** The settings of one option, Open SDG's defaults filled in. */
export function settingsOf(option: ProgressOption): ProgressSettings {
  return {
    direction: option.direction ?? 'negative',
    baseYear: option.base_year ?? DEFAULT_BASE_YEAR,
    targetYear: option.target_year ?? DEFAULT_TARGET_YEAR,
    ...(option.target !== undefined ? { target: option.target } : {}),
    ...(option.limit !== undefined ? { limit: option.limit } : {}),
    ...(option.progress_thresholds ? { thresholds: option.progress_thresholds } : {}),
  };
}

const notMeasured = (settings: ProgressSettings, reason: 'no-line' | 'no-data' | 'duplicate-year') => ({
  ...measureProgress([], settings),
  reason,
});

export function indicatorProgress(ctx: ProgressContext): IndicatorProgress | undefined {
  const config = readProgressConfig(ctx.meta, ctx.locate, ctx.problems);
  if (!config) return undefined;
  if (config.manual) {
    const { status, at } = config.manual;
    if (!ctx.known.has(status)) {
      const guess = nearest(status, [...ctx.known]);
      ctx.problems.warning(at.file, at.line, `progress_status: "${status}" is not one of ${[...ctx.known].join(', ')}; shown as "${status}".`,
        guess ? `Did you mean "${guess}"? If "${status}" is your own status, define it in the site repository (SDG_SITE_DIR: progress_status.status_types).`
          : 'Use one of those, or define the status in the site repository (SDG_SITE_DIR: progress_status.status_types).');
    }
    return { source: 'manual', status, lines: [] };
  }
  if (!config.auto) return undefined;
  const lines: ProgressLine[] = config.options.map(({ option, entry, path }) => {
    const settings = settingsOf(option);
    const empty = { label: '', dims: {}, codes: { dims: {} }, fromProgressColumn: false };
    if (!ctx.raw || !ctx.shown) return { ...empty, measure: notMeasured(settings, 'no-data') };
    const chosen = chooseLine(option, ctx.raw, ctx.shown);
    if (isLineProblem(chosen)) {
      const at = ctx.locate(chosen.field ? [...path, chosen.field, ...(chosen.index !== undefined ? [chosen.index] : [])] : path);
      ctx.problems.warning(at.file, at.line, `${entry}: ${chosen.message} (${ctx.raw.file}); progress is not calculated for this line.`, chosen.hint);
      return { ...empty, label: describeOption(option), codes: { dims: {} }, measure: notMeasured(settings, 'no-line') };
    }
    const measure = measureProgress(chosen.points, settings);
    if (measure.reason === 'duplicate-year') {
      const at = ctx.locate(path);
      ctx.problems.warning(at.file, at.line, `${entry}: the line has more than one value for a year (years are read by their first four characters) in ${ctx.raw.file}; progress is not calculated for it.`,
        'Pick a single line with "series", "unit" or "disaggregation", or keep one value per year.');
    }
    return {
      label: labelOf(chosen.shown, option),
      ...(chosen.shown.series !== undefined ? { series: chosen.shown.series } : {}),
      ...(chosen.shown.unit !== undefined ? { unit: chosen.shown.unit } : {}),
      dims: chosen.shown.dims,
      codes: chosen.codes,
      fromProgressColumn: chosen.fromProgressColumn,
      measure,
    };
  });
  return { source: 'calculated', status: leastFavourable(lines.map((l) => l.measure.status)), lines };
}

/** A line in words: the series and unit where the option names them, then each breakdown ("Sex: Female"). */
function labelOf(shown: { series?: string; unit?: string; dims: Record<string, string> }, option: ProgressOption): string {
  return [
    ...(option.series !== undefined && shown.series ? [shown.series] : []),
    ...(option.unit !== undefined && shown.unit ? [shown.unit] : []),
    ...Object.entries(shown.dims).map(([k, v]) => `${k}: ${v}`),
  ].join(', ');
}

/** A line the data do not have, in the configuration's own words. */
function describeOption(option: ProgressOption): string {
  return [option.series, option.unit, ...(option.disaggregation ?? []).map((d) => `${d.field}: ${d.value}`)].filter(Boolean).join(', ');
}

/** Every status a site knows: Open SDG's six, then those its site repository adds. */
export function knownProgressStatuses(custom: readonly string[] = []): Set<string> {
  return new Set<string>([...PROGRESS_STATUSES, ...custom]);
}

export type { KnownProgressStatus };
