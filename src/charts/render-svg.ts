import { parseHTML } from 'linkedom';
import { barChart } from './bar-chart.ts';
import { binaryChart } from './binary-chart.ts';
import type { ChartInput } from './chart-input.ts';
import { lineChart, type ChartOptions } from './line-chart.ts';

export const CHARTS = { line: lineChart, bar: barChart, binary: binaryChart } as const;
export type ChartKind = keyof typeof CHARTS;

/**
 * Draws a chart at build time and returns its SVG markup (or a figure with legend and SVG).
 * Plot labels groups with aria-label but no role; axe wants a role there, so groups get role="group".
 */
export function renderChartSvg(kind: ChartKind, input: ChartInput, options: Omit<ChartOptions, 'document'> = {}): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = CHARTS[kind](input, { ...options, document: document as unknown as Document }) as unknown as Element;
  for (const g of node.querySelectorAll('g[aria-label]')) g.setAttribute('role', 'group');
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  svg?.setAttribute('role', 'img');
  // With a legend Plot wraps the SVG in a figure and labels neither; the SVG is what must carry the name.
  if (!svg?.getAttribute('aria-label')) svg?.setAttribute('aria-label', input.title);
  svg?.setAttribute('focusable', 'false');
  return node.outerHTML;
}
