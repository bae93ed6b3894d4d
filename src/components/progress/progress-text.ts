/**
 * Progress in words, for the badge, the indicator's panel and /progress/: status labels (Open SDG's through the
 * interface strings, a site's own through its label), each input of the method with the page's number format,
 * and the rule applied to a line, as a sentence a reader can check.
 */
import { formatNumber } from '../../i18n/format.ts';
import { t, type UiKey } from '../../i18n/index.ts';
import { formatNumber as formatFixed } from '../../audiences/format.ts';
import { PROGRESS_STATUSES, type KnownProgressStatus, type ProgressLine, type ProgressMeasure } from '../../schemas/progress.ts';
import type { StatusInfo } from '../../schemas/model.ts';

const KNOWN = new Set<string>(PROGRESS_STATUSES);
export const isKnownStatus = (s: string): s is KnownProgressStatus => KNOWN.has(s);

export function progressLabel(status: string, statuses: readonly StatusInfo[] = []): string {
  if (isKnownStatus(status)) return t(`progress.status.${status}` as UiKey);
  return statuses.find((s) => s.value === status)?.label ?? status;
}

/** A CSS-safe class (a site's own statuses may hold any text). */
export const progressClass = (status: string) => (isKnownStatus(status) ? `progress-${status.replace(/_/g, '-')}` : 'progress-other');

/** "4.2%", "−0.8%", "97%": growth rates and ratios as percentages in the page's language. */
export function percent(value: number): string {
  if (!Number.isFinite(value)) return formatNumber(value);
  // One decimal ("4.2%", "96.6%"); more for the smallest figures (thresholds scaled near a limit: "0.13%", "0.043%").
  const digits = value !== 0 && Math.abs(value) < 0.001 ? 3 : Math.abs(value) < 0.01 ? 2 : 1;
  return formatNumber(value, { style: 'percent', maximumFractionDigits: digits, signDisplay: 'auto' });
}

/** The line's name on the page: its breakdown values, or "Headline". */
export const lineName = (line: ProgressLine) => line.label || t('progress.line.headline');

/**
 * The decimals a line's figures are shown with: the metadata's (`precision`) where given, else as many as the most
 * precise of them is published with (at most 3), so that 18.6 is never shown as 19.
 */
function valueFormatter(m: ProgressMeasure, stated?: number): (v: number) => string {
  const written = (v: number) => (/\.(\d+)$/.exec(String(v))?.[1]?.length ?? 0);
  const decimals = stated ?? Math.min(3, Math.max(0, ...[m.baseValue, m.currentValue, m.target].filter((v): v is number => v !== undefined).map(written)));
  return (v) => formatFixed(v, decimals);
}

/** The inputs of the method for one line, as label/value pairs, in the order the method uses them. */
export function measureInputs(line: ProgressLine, decimals?: number): { label: string; value: string }[] {
  const m = line.measure;
  const v = valueFormatter(m, decimals);
  const rows: { label: string; value: string }[] = [];
  if (m.baseYear !== undefined && m.baseValue !== undefined) {
    rows.push({
      label: t('progress.inputs.base'),
      value: m.baseYear === m.configuredBaseYear
        ? t('progress.yearValue', { year: String(m.baseYear), value: v(m.baseValue) })
        : t('progress.baseYear.moved', { year: String(m.baseYear), value: v(m.baseValue), configured: String(m.configuredBaseYear) }),
    });
  }
  if (m.currentYear !== undefined && m.currentValue !== undefined) {
    rows.push({ label: t('progress.inputs.latest'), value: t('progress.yearValue', { year: String(m.currentYear), value: v(m.currentValue) }) });
  }
  rows.push({
    label: t('progress.inputs.target'),
    value: m.target !== undefined ? t('progress.targetValue', { value: v(m.target), year: String(m.targetYear) }) : t('progress.noTarget'),
  });
  rows.push({ label: t('progress.inputs.direction'), value: t(m.direction === 'positive' ? 'progress.direction.positive' : 'progress.direction.negative') });
  if (m.limit !== undefined) {
    rows.push({
      label: t('progress.inputs.limit'),
      value: m.limitIgnored ? t('progress.limit.ignored', { limit: v(m.limit) })
        : m.coefficient !== undefined && m.coefficient < 1 ? t('progress.limit.scaled', { limit: v(m.limit), factor: formatNumber(m.coefficient, { maximumFractionDigits: 3 }) })
        : v(m.limit),
    });
  }
  if (m.observedGrowth !== undefined) rows.push({ label: t('progress.inputs.observed'), value: percent(m.observedGrowth) });
  if (m.requiredGrowth !== undefined) rows.push({ label: t('progress.inputs.required'), value: percent(m.requiredGrowth) });
  if (m.method === 'ratio' && m.progressValue !== undefined) rows.push({ label: t('progress.inputs.ratio'), value: percent(m.progressValue) });
  if (m.progressValue !== undefined || m.status === 'target_achieved') {
    rows.push({ label: t('progress.inputs.thresholds'), value: [m.thresholds.high, m.thresholds.med, m.thresholds.low].map(percent).join(' · ') });
  }
  rows.push({ label: t('progress.inputs.values'), value: t(line.fromProgressColumn ? 'progress.values.progress' : 'progress.values.value') });
  return rows;
}

/** The rule applied, in a sentence: which threshold the figure passed, and the status it gives; or why there is none. */
export function ruleSentence(line: ProgressLine, decimals?: number): string {
  const m = line.measure;
  const v = valueFormatter(m, decimals);
  if (m.status === 'target_achieved') return t('progress.rule.achieved', { value: v(m.currentValue!), target: v(m.target!) });
  if (m.status === 'not_available' || m.progressValue === undefined) {
    const year = String(m.reason === 'too-few-years' ? (m.baseYear ?? m.configuredBaseYear) : m.configuredBaseYear);
    return t(`progress.reason.${m.reason ?? 'no-data'}` as UiKey, { year });
  }
  const th = { high: percent(m.thresholds.high), med: percent(m.thresholds.med), low: percent(m.thresholds.low) };
  const range = m.status === 'substantial_progress' ? t('progress.range.high', th)
    : m.status === 'moderate_progress' ? t('progress.range.med', th)
    : m.status === 'limited_progress' ? t('progress.range.low', th)
    : t('progress.range.below', th);
  const status = progressLabel(m.status);
  return t(m.method === 'ratio' ? 'progress.rule.ratio' : 'progress.rule.growth', { value: percent(m.progressValue), range, status });
}

/** Notes on Open SDG's replacements of 0 (an exponential model cannot start or end at 0). */
export function zeroNotes(m: ProgressMeasure): string[] {
  return [...(m.baseAdjusted ? [t('progress.zero.base')] : []), ...(m.target === 0 ? [t('progress.zero.target')] : [])];
}
