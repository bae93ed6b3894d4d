import { parseHTML } from 'linkedom';
import type { ChartInput } from './chart-input.ts';
import { CHARTS, finishChart, type ChartKind } from './chart-kinds.ts';
import type { ChartOptions } from './line-chart.ts';

export { CHARTS, type ChartKind };

/**
 * linkedom serializes attributes the HTML way, leaving `<` and `&` as they are; an SVG file must be XML, so
 * every attribute value is escaped again (titles from metadata such as "children <16 & adults" end up in
 * aria-label). Text content is already escaped.
 */
export function xmlSafeAttributes(markup: string): string {
  return markup.replace(/(\s[\w:-]+=")([^"]*)"/g, (_all, name: string, value: string) =>
    `${name}${value.replace(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`);
}

/** Draws a chart at build time and returns its SVG markup (or a figure with legend and SVG). */
export function renderChartSvg(kind: keyof typeof CHARTS, input: ChartInput, options: Omit<ChartOptions, 'document'> = {}): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = CHARTS[kind](input, { ...options, document: document as unknown as Document }) as unknown as Element;
  return xmlSafeAttributes(finishChart(node, input.title).outerHTML);
}
