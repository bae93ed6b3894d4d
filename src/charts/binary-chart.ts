import { t } from '../i18n/index.ts';
import * as Plot from '@observablehq/plot';
import { tipFormatter } from './chart-values.ts';
import { yearTicks, type ChartInput } from './chart-input.ts';
import type { ChartOptions } from './line-chart.ts';

/** Yes/no per year (1 = yes, 0 = no), one row per series; the answer is written in each cell, not only coloured. */
export function binaryChart(input: ChartInput, { width = 720, document }: ChartOptions = {}) {
  const yes = t('charts.yes');
  const no = t('charts.no');
  const answer = (d: { value: number }) => (d.value > 0 ? yes : no);
  return Plot.plot({
    ...(document ? { document } : {}),
    width,
    height: 60 + 40 * input.lines.length,
    marginLeft: Math.min(160, Math.round(width * 0.35)),
    marginBottom: 48,
    style: { fontSize: '13px', fontFamily: 'inherit', background: 'transparent' },
    ariaLabel: input.title,
    x: { label: t('chart.year'), labelAnchor: 'right', labelOffset: 38, type: 'band', domain: input.years, ticks: yearTicks(input.years, width < 520 ? 4 : 12) },
    y: { label: null, domain: input.lines },
    color: { domain: [yes, no], range: ['#009E73', '#D55E00'] },
    marks: [
      Plot.cell(input.points, { x: 'year', y: 'line', fill: answer, inset: 1, ariaHidden: 'true', className: 'chart-point', title: tipFormatter(input) }),
      Plot.text(input.points, { x: 'year', y: 'line', text: answer, fill: 'white', fontWeight: 'bold', ariaHidden: 'true' }),
    ],
  });
}
