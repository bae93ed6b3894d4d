import { t } from '../i18n/index.ts';
import * as Plot from '@observablehq/plot';
import type { ChartInput } from './chart-input.ts';
import type { ChartOptions } from './line-chart.ts';

/** Yes/no per year (1 = yes, 0 = no), one row per series; the answer is written in each cell, not only coloured. */
export function binaryChart(input: ChartInput, { width = 720, document }: ChartOptions = {}) {
  const answer = (d: { value: number }) => (d.value > 0 ? 'Yes' : 'No');
  return Plot.plot({
    ...(document ? { document } : {}),
    width,
    height: 60 + 40 * input.lines.length,
    marginLeft: 160,
    style: { fontSize: '13px', fontFamily: 'inherit', background: 'transparent' },
    ariaLabel: input.title,
    x: { label: t('chart.year'), type: 'band', domain: input.years },
    y: { label: null, domain: input.lines },
    color: { domain: ['Yes', 'No'], range: ['#009E73', '#D55E00'] },
    marks: [
      Plot.cell(input.points, { x: 'year', y: 'line', fill: answer, inset: 1, ariaHidden: 'true' }),
      Plot.text(input.points, { x: 'year', y: 'line', text: answer, fill: 'white', fontWeight: 'bold', ariaHidden: 'true' }),
    ],
  });
}
