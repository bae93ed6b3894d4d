/** Every chart kind, and the finishing touches a drawn chart needs (shared by build time and the browser). */
import { barChart } from './bar-chart.ts';
import { binaryChart } from './binary-chart.ts';
import { lineChart } from './line-chart.ts';
import { smallMultiplesChart } from './small-multiples.ts';

export const CHARTS = { line: lineChart, bar: barChart, binary: binaryChart, multiples: smallMultiplesChart } as const;
/** The kinds a page can name (`graph_type`); small multiples are chosen by the number of lines. */
export type ChartKind = Exclude<keyof typeof CHARTS, 'multiples'>;

/**
 * Plot labels groups with aria-label but no role; axe wants a role there, so groups get role="group".
 * With a legend Plot wraps the SVG in a figure and labels neither; the SVG is what must carry the name.
 */
export function finishChart(node: Element, title: string): Element {
  // Each point's words move from Plot's <title> (a native tooltip that never shows on a phone or by keyboard)
  // into data-tip, read by the values script (src/charts/client/values.ts).
  for (const tip of node.querySelectorAll('.chart-point title')) {
    tip.parentElement?.setAttribute('data-tip', tip.textContent ?? '');
    tip.remove();
  }
  for (const g of node.querySelectorAll('g[aria-label]')) g.setAttribute('role', 'group');
  // In a figure, the chart is the figure's own svg child; the legend's swatches are svgs too, deeper down.
  const svg = node.tagName.toLowerCase() === 'svg' ? node : [...node.children].find((c) => c.tagName.toLowerCase() === 'svg');
  svg?.setAttribute('role', 'img');
  if (!svg?.getAttribute('aria-label')) svg?.setAttribute('aria-label', title);
  svg?.setAttribute('focusable', 'false');
  // On a right-to-left page an inherited direction would flip every label's anchor; the chart lays itself out.
  svg?.setAttribute('direction', 'ltr');
  return node;
}
