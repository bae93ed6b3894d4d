import { t } from '../i18n/index.ts';
import * as Plot from '@observablehq/plot';
import { valueAxisSide } from './chart-locale.ts';
import { PALETTE, yearTicks, type ChartInput } from './chart-input.ts';
import { annotationMarks, yDomain } from './chart-marks.ts';
import type { ChartOptions } from './line-chart.ts';

/** Values per year as bars; several series stand side by side within each year. */
export function barChart(input: ChartInput, { width = 720, height = 360, document }: ChartOptions = {}) {
  const grouped = input.lines.length > 1;
  const domain = yDomain(input);
  const common = {
    ...(document ? { document } : {}),
    width,
    height,
    ...valueAxisSide().margins,
    marginBottom: input.years.length > 10 ? 56 : 36,
    style: { fontSize: '13px', fontFamily: 'inherit', background: 'transparent' },
    ariaLabel: input.title,
    y: { ...valueAxisSide().axis, label: input.unit ?? null, grid: true, nice: true, ...(domain ? { domain } : {}) },
    color: { domain: input.lines, range: PALETTE, legend: grouped },
  };
  const tilt = input.years.length > 10 ? { tickRotate: -45 } : {};
  if (!grouped) {
    return Plot.plot({
      ...common,
      x: { label: t('chart.year'), type: 'band', domain: input.years, ticks: yearTicks(input.years, 16), ...tilt },
      marks: [
        Plot.barY(input.points, { x: 'year', y: 'value', fill: PALETTE[0]!, ariaHidden: 'true' }),
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
    fx: { label: t('chart.year'), domain: input.years, padding: 0.15, ticks: yearTicks(input.years, 16), ...tilt },
    x: { axis: null, domain: input.lines },
    marks: [
      Plot.barY(input.points, { fx: 'year', x: 'line', y: 'value', fill: 'line', ariaHidden: 'true' }),
      ...(numbered ? [Plot.text(input.points, { fx: 'year', x: 'line', y: 'value', text: (d: { line: string }) => number(d.line), dy: -7, fontSize: 10, ariaHidden: 'true' })] : []),
      Plot.ruleY([0], { stroke: '#333' }),
      ...annotationMarks(input),
    ],
  });
}
