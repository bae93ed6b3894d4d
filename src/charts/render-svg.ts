import { parseHTML } from 'linkedom';
import type { ChartInput } from './chart-input.ts';
import { CHARTS, finishChart, type ChartKind } from './chart-kinds.ts';
import type { ChartOptions } from './line-chart.ts';

export { CHARTS, type ChartKind };

/** Draws a chart at build time and returns its SVG markup (or a figure with legend and SVG). */
export function renderChartSvg(kind: keyof typeof CHARTS, input: ChartInput, options: Omit<ChartOptions, 'document'> = {}): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = CHARTS[kind](input, { ...options, document: document as unknown as Document }) as unknown as Element;
  return finishChart(node, input.title).outerHTML;
}
