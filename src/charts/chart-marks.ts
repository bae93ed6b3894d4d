/** Marks and scales every chart kind shares: y range from graph_limits, target lines, observation-status rings. */
import * as Plot from '@observablehq/plot';
import type { ChartInput, ChartPoint } from './chart-input.ts';
import { maxOf, minOf } from '../pipeline/extent.ts';
import { t } from '../i18n/index.ts';
import { formatList } from '../i18n/format.ts';

/** "Normal value" (SDMX's status for nothing to flag) and "Undefined" are not marked; other statuses are. */
const flaggedPoint = (p: ChartPoint) => !!p.status && !/^(normal|undefined)\b/i.test(p.status.trim());

/** The y scale's domain where graph_limits or annotations widen it beyond the data. */
export function yDomain(input: ChartInput): [number, number] | undefined {
  const { limits, annotations = [] } = input;
  if (!limits && annotations.length === 0) return undefined;
  const values = [...input.points.map((p) => p.value), ...annotations.map((a) => a.value)];
  if (input.points.every((p) => p.value >= 0)) values.push(0);
  const lo = Math.min(minOf(values), limits?.min ?? Infinity);
  const hi = Math.max(maxOf(values), limits?.max ?? -Infinity);
  return [limits?.min !== undefined ? Math.min(limits.min, lo) : lo, limits?.max !== undefined ? Math.max(limits.max, hi) : hi];
}

/** Target lines: dashed, labelled in text (not colour alone). */
export function annotationMarks(input: ChartInput) {
  const a = input.annotations ?? [];
  if (a.length === 0) return [];
  return [
    Plot.ruleY(a, { y: 'value', stroke: '#333', strokeDasharray: '6,4', ariaHidden: 'true' }),
    Plot.text(a, { y: 'value', text: 'label', frameAnchor: 'right', dy: -6, textAnchor: 'end', fill: '#333', ariaHidden: 'true' }),
  ];
}

/**
 * The shape that marks a status, so that estimated, provisional and break-in-series points stay told apart (in
 * words too: statusLegend). A status with several parts ("Low reliability; Time series break") takes the first
 * shape its parts name, in this order.
 */
export type StatusShape = 'diamond' | 'square' | 'circle' | 'triangle';
const SHAPES: [StatusShape, RegExp][] = [
  ['diamond', /\bbreak/i],
  ['square', /provisional|preliminary|\bprov\b/i],
  ['circle', /estimat|forecast|imputed|modell?ed|projected|\best\b/i],
];
export const statusShape = (status: string): StatusShape => SHAPES.find(([, re]) => re.test(status))?.[0] ?? 'triangle';

/** A hollow shape around each point with an observation status: a ring for estimates, a square for provisional figures, a diamond for a break in the series, a triangle for any other. */
export function statusMarks(input: ChartInput, x: string, extra: Record<string, unknown> = {}) {
  const flagged = input.points.filter(flaggedPoint);
  if (flagged.length === 0) return [];
  // One mark per shape, the shape a constant: the symbol scale belongs to the lines.
  return (['circle', 'square', 'diamond', 'triangle'] as const).flatMap((shape) => {
    const mine = flagged.filter((p) => statusShape(p.status!) === shape);
    return mine.length === 0 ? [] : [Plot.dot(mine, { x, y: 'value', r: shape === 'circle' ? 6.5 : 7, symbol: shape, stroke: '#000', strokeWidth: 1.5, fill: 'none', ariaHidden: 'true', ...extra })];
  });
}

/** The distinct statuses marked in a chart, for its legend. */
export const markedStatuses = (input: ChartInput) => [...new Set(input.points.filter(flaggedPoint).map((p) => p.status!))];

/** The legend in words: one sentence per shape drawn, naming its statuses ("Points in a ring: Estimated value."). */
export function statusLegend(input: ChartInput): string {
  const statuses = markedStatuses(input);
  return (['circle', 'square', 'diamond', 'triangle'] as const).flatMap((shape) => {
    const mine = statuses.filter((s) => statusShape(s) === shape);
    return mine.length === 0 ? [] : [t(`charts.status.${shape}`, { statuses: formatList(mine) })];
  }).join(' ');
}

/** What a chart's drawing means beyond its axes, in words: the status shapes, dashed lines for non-official figures. */
export function chartLegend(input: ChartInput, kind: string): string {
  return [kind === 'bar' || kind === 'binary' ? '' : statusLegend(input), input.nonOfficial && kind !== 'binary' ? t('charts.nonOfficial') : ''].filter(Boolean).join(' ');
}

/** Lines of figures from a non-official source are dashed (with the legend saying so), never told by colour alone. */
export const lineDash = (input: ChartInput) => (input.nonOfficial ? { strokeDasharray: '7,4' } : {});
/** Bars of such figures get a dashed outline. */
export const barDash = (input: ChartInput) => (input.nonOfficial ? { stroke: '#000', strokeWidth: 1.5, strokeDasharray: '5,3' } : {});
