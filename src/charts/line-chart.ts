import { t } from '../i18n/index.ts';
import * as Plot from '@observablehq/plot';
import { chartLayout, fitTimeAxis } from './chart-layout.ts';
import { tipFormatter } from './chart-values.ts';
import { PALETTE, type ChartInput } from './chart-input.ts';
import { annotationMarks, lineDash, statusMarks, yDomain } from './chart-marks.ts';

export interface ChartOptions {
  width?: number;
  height?: number;
  /** The document to draw in: a real one in the browser, linkedom's at build time. */
  document?: Document;
}

/** Values over years, one line per series, with a marker per point (shape as well as colour). */
export function lineChart(input: ChartInput, { width = 720, height, document }: ChartOptions = {}) {
  const layout = chartLayout(width);
  const x = input.numericYears ? 'x' : 'year';
  const domain = yDomain(input);
  const time = input.numericYears ? undefined : fitTimeAxis(layout, input.years, width);
  return Plot.plot({
    ...(document ? { document } : {}),
    width,
    height: height ?? (layout.compact ? 300 : Math.round(width * 0.42)),
    ...(time?.margins ?? layout.margins),
    style: { fontSize: layout.fontSize, fontFamily: 'inherit', background: 'transparent' },
    ariaLabel: input.title,
    x: input.numericYears
      ? { label: t('chart.year'), ...layout.timeAxisLabel, tickFormat: 'd', ticks: Math.min(input.years.length, layout.yearTicks) }
      : { label: t('chart.year'), ...layout.timeAxisLabel, type: 'point', domain: input.years, ticks: time!.ticks },
    y: { ...layout.valueAxis, label: input.unit ?? null, grid: true, nice: true, ...(domain ? { domain } : { zero: input.points.every((p) => p.value >= 0) }) },
    // The symbol legend shows each line's shape in its colour, so colour is never the only cue.
    color: { domain: input.lines, range: PALETTE },
    symbol: { domain: input.lines, legend: input.lines.length > 1 },
    marks: [
      Plot.ruleY([0], { stroke: '#666' }),
      Plot.lineY(input.points, { x, y: 'value', stroke: 'line', strokeWidth: 2, ariaHidden: 'true', ...lineDash(input) }),
      Plot.dot(input.points, { x, y: 'value', stroke: 'line', fill: 'line', symbol: 'line', r: 3, ariaHidden: 'true', className: 'chart-point', title: tipFormatter(input) }),
      ...statusMarks(input, x),
      ...annotationMarks(input),
    ],
  });
}
