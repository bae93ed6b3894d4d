import { t } from '../i18n/index.ts';
import * as Plot from '@observablehq/plot';
import { chartLayout } from './chart-layout.ts';
import { tipFormatter } from './chart-values.ts';
import { PALETTE, type ChartInput } from './chart-input.ts';
import { annotationMarks, lineDash, statusMarks, yDomain } from './chart-marks.ts';
import type { ChartOptions } from './line-chart.ts';

/** Many lines, one small chart each, on a shared y scale, each titled with its line's label (a grid of facets). */
export function smallMultiplesChart(input: ChartInput, { width = 720, document }: ChartOptions = {}) {
  const layout = chartLayout(width);
  const columns = width >= 600 ? 3 : layout.compact ? 1 : 2;
  const index = new Map(input.lines.map((l, i) => [l, i]));
  const points = input.points.map((p) => ({ ...p, col: index.get(p.line)! % columns, row: Math.floor(index.get(p.line)! / columns) }));
  const labels = input.lines.map((line, i) => ({ line, col: i % columns, row: Math.floor(i / columns) }));
  const rows = Math.ceil(input.lines.length / columns);
  const x = input.numericYears ? 'x' : 'year';
  const domain = yDomain(input);
  const facet = { fx: 'col', fy: 'row' } as const;
  return Plot.plot({
    ...(document ? { document } : {}),
    width,
    height: 60 + rows * 150,
    ...layout.margins,
    marginTop: 30,
    style: { fontSize: layout.fontSize, fontFamily: 'inherit', background: 'transparent' },
    ariaLabel: input.title,
    fx: { axis: null, padding: 0.12 },
    fy: { axis: null, padding: 0.22 },
    x: input.numericYears
      ? { label: t('chart.year'), ...layout.timeAxisLabel, tickFormat: 'd', ticks: Math.min(input.years.length, 3) }
      : { label: t('chart.year'), ...layout.timeAxisLabel, type: 'point', domain: input.years, ticks: 3 },
    y: { ...layout.valueAxis, label: input.unit ?? null, grid: true, nice: true, ...(domain ? { domain } : { zero: input.points.every((p) => p.value >= 0) }), ticks: 4 },
    marks: [
      Plot.frame({ stroke: '#ccc', ariaHidden: 'true' }),
      Plot.lineY(points, { ...facet, x, y: 'value', z: 'line', stroke: PALETTE[0]!, strokeWidth: 2, ariaHidden: 'true', ...lineDash(input) }),
      Plot.dot(points, { ...facet, x, y: 'value', fill: PALETTE[0]!, r: 2.5, ariaHidden: 'true', className: 'chart-point', title: tipFormatter(input) }),
      ...statusMarks({ ...input, points }, x, facet),
      ...annotationMarks(input),
      Plot.text(labels, { ...facet, text: (d: { line: string }) => (d.line.length > 38 ? `${d.line.slice(0, 37)}…` : d.line), frameAnchor: 'top-left', dy: -14, fontWeight: 'bold', ariaHidden: 'true' }),
    ],
  });
}
