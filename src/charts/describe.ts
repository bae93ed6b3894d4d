import type { ChartInput, ChartPoint } from './chart-input.ts';

/** Formats a number for a sentence: up to 3 significant decimals, thousands separators. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: Math.abs(value) >= 100 ? 1 : 3 });
}

function describeLine(label: string, points: ChartPoint[], unit: string): string {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const v = (p: ChartPoint) => `${formatNumber(p.value)}${unit} in ${p.year}`;
  if (points.length === 1) return `${label}: ${v(first)} (one year only).`;
  const high = points.reduce((a, b) => (b.value > a.value ? b : a));
  const low = points.reduce((a, b) => (b.value < a.value ? b : a));
  const trend = last.value > first.value ? 'rose' : last.value < first.value ? 'fell' : 'was unchanged';
  return `${label}: ${trend} from ${v(first)} to ${v(last)}; highest ${v(high)}, lowest ${v(low)}.`;
}

/** A text description of what the chart shows, generated from its data (for aria-describedby and as a caption). */
export function describeChart(input: ChartInput, kind: string): string {
  const unit = input.unit ? ` ${input.unit.replace(/^Percentage \(%\)$/i, '%').replace(/^%$/, '%')}` .replace(' %', '%') : '';
  const span = input.years.length > 1 ? `from ${input.years[0]} to ${input.years[input.years.length - 1]}` : `for ${input.years[0]}`;
  const intro = `${kind[0]!.toUpperCase()}${kind.slice(1)} chart of ${input.title}, ${span}, ${input.lines.length === 1 ? 'one series' : `${input.lines.length} series`}.`;
  const parts = input.lines.map((line) => describeLine(line, input.points.filter((p) => p.line === line), unit));
  return [intro, ...parts].join(' ');
}
