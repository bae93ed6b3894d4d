import { t } from '../i18n/index.ts';
import * as Plot from '@observablehq/plot';
import { chartLayout } from './chart-layout.ts';
import { tipFormatter } from './chart-values.ts';
import { PALETTE, yearTicks, type ChartInput } from './chart-input.ts';
import { annotationMarks, yDomain, barDash } from './chart-marks.ts';
import type { ChartOptions } from './line-chart.ts';

/** Values per year as bars; several series stand side by side within each year. */
export function barChart(input: ChartInput, { width = 720, height, document }: ChartOptions = {}) {
  const layout = chartLayout(width);
  const grouped = input.lines.length > 1;
  const domain = yDomain(input);
  const ticks = yearTicks(input.years, layout.yearTicks * 2);
  // Year labels turn when they would not fit side by side.
  const tilt = ticks.length > layout.yearTicks ? { tickRotate: -45 } : {};
  const common = {
    ...(document ? { document } : {}),
    width,
    height: height ?? (layout.compact ? 300 : Math.round(width * 0.42)),
    ...layout.margins,
    marginBottom: 'tickRotate' in tilt ? 70 : layout.margins.marginBottom,
    style: { fontSize: layout.fontSize, fontFamily: 'inherit', background: 'transparent' },
    ariaLabel: input.title,
    y: { ...layout.valueAxis, label: input.unit ?? null, grid: true, nice: true, ...(domain ? { domain } : {}) },
    color: { domain: input.lines, range: PALETTE, legend: grouped },
  };
  const xLabel = { label: t('chart.year'), ...layout.timeAxisLabel, labelOffset: 'tickRotate' in tilt ? 60 : layout.timeAxisLabel.labelOffset };
  if (!grouped) {
    return Plot.plot({
      ...common,
      x: { ...xLabel, type: 'band', domain: input.years, ticks, ...tilt },
      marks: [
        Plot.barY(input.points, { x: 'year', y: 'value', fill: PALETTE[0]!, ariaHidden: 'true', className: 'chart-point', title: tipFormatter(input), ...barDash(input) }),
        Plot.ruleY([0], { stroke: '#333' }),
        ...annotationMarks(input),
      ],
    });
  }
  // Side-by-side bars carry their number (as in the legend), so colour is not the only cue; past ~80 bars
  // the numbers would crowd, and the order within each year (as in the legend) remains.
  const number = (line: string) => String(input.lines.indexOf(line) + 1);
  const numbered = input.points.length <= 80;
  return Plot.plot({
    ...common,
    color: { ...common.color, tickFormat: (d: string) => `${number(d)}. ${d}` },
    fx: { ...xLabel, domain: input.years, padding: 0.15, ticks, ...tilt },
    x: { axis: null, domain: input.lines },
    marks: [
      Plot.barY(input.points, { fx: 'year', x: 'line', y: 'value', fill: 'line', ariaHidden: 'true', className: 'chart-point', title: tipFormatter(input), ...barDash(input) }),
      ...(numbered ? [Plot.text(input.points, { fx: 'year', x: 'line', y: 'value', text: (d: { line: string }) => number(d.line), dy: -7, fontSize: 10, ariaHidden: 'true' })] : []),
      Plot.ruleY([0], { stroke: '#333' }),
      ...annotationMarks(input),
    ],
  });
}
