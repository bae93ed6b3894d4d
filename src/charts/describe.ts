import { t } from '../i18n/index.ts';
import { formatNumber as formatLocal } from '../i18n/format.ts';
import type { ChartInput, ChartPoint } from './chart-input.ts';

/** Formats a number for a sentence: up to 3 significant decimals, thousands separators. */
export function formatNumber(value: number): string {
  return formatLocal(value, { maximumFractionDigits: Math.abs(value) >= 100 ? 1 : 3 });
}

function describeLine(label: string, points: ChartPoint[], unit: string): string {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const point = (p: ChartPoint) => t('chart.point', { value: formatNumber(p.value), unit, year: p.year });
  if (points.length === 1) return t('chart.oneYear', { label, point: point(first) });
  const high = points.reduce((a, b) => (b.value > a.value ? b : a));
  const low = points.reduce((a, b) => (b.value < a.value ? b : a));
  const trend = t(last.value > first.value ? 'chart.trend.rose' : last.value < first.value ? 'chart.trend.fell' : 'chart.trend.flat');
  return t('chart.trend', { label, trend, first: point(first), last: point(last), high: point(high), low: point(low) });
}

/** "Percentage (%)" reads as "%" after a number; "Number" adds nothing; other units follow after a space. */
function unitAfterNumber(unit: string | undefined): string {
  if (!unit || /^(number|numbers|count|units?)$/i.test(unit.trim())) return '';
  return /^(percentage \(%\)|%)$/i.test(unit.trim()) ? '%' : ` ${unit}`;
}

/** A text description of what the chart shows, generated from its data (for aria-describedby and as a caption). */
export function describeChart(input: ChartInput, kind: 'line' | 'bar' | 'binary'): string {
  const unit = unitAfterNumber(input.unit);
  const span = input.years.length > 1
    ? t('chart.span.range', { first: input.years[0]!, last: input.years[input.years.length - 1]! })
    : t('chart.span.one', { year: input.years[0] ?? '' });
  const count = input.lines.length === 1 ? t('chart.series.one') : t('chart.series.many', { n: input.lines.length });
  const intro = t('chart.intro', { kind: t(`chart.kind.${kind}`), title: input.title, span, count });
  const parts = input.lines.map((line) => describeLine(line, input.points.filter((p) => p.line === line), unit));
  return [intro, ...parts].join(' ');
}
