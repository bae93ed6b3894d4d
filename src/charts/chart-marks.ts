/** Marks and scales every chart kind shares: y range from graph_limits, target lines, observation-status rings. */
import * as Plot from '@observablehq/plot';
import type { ChartInput, ChartPoint } from './chart-input.ts';
import { maxOf, minOf } from '../pipeline/extent.ts';

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

/** A ring around each point with an observation status (estimated, provisional...); the legend says which. */
export function statusMarks(input: ChartInput, x: string, extra: Record<string, unknown> = {}) {
  const flagged = input.points.filter(flaggedPoint);
  if (flagged.length === 0) return [];
  return [Plot.dot(flagged, { x, y: 'value', r: 6.5, stroke: '#000', strokeWidth: 1.5, fill: 'none', ariaHidden: 'true', ...extra })];
}

/** The distinct statuses marked in a chart, for its legend. */
export const markedStatuses = (input: ChartInput) => [...new Set(input.points.filter(flaggedPoint).map((p) => p.status!))];
