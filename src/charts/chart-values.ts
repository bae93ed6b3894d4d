/**
 * The words a chart shows under the pointer, the finger and the keyboard for each point: year, value (with the
 * metadata's precision, else the decimals the data are mostly written with), unit and line. Each mark carries
 * them in a `data-tip` attribute (set by finishChart), which src/charts/client/values.ts reads — the same for
 * charts drawn at build time and in the explorer.
 */
import { t } from '../i18n/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { inferDecimals, withUnit } from '../audiences/format.ts';
import type { ChartInput, ChartPoint } from './chart-input.ts';

export function tipFormatter(input: ChartInput): (p: ChartPoint) => string {
  const decimals = input.decimals ?? inferDecimals(input.points.map((p) => p.value));
  const several = input.lines.length > 1;
  return (p) => t(several ? 'chart.tip.line' : 'chart.tip', {
    year: p.year,
    value: withUnit(formatNumber(p.value, { maximumFractionDigits: decimals, minimumFractionDigits: decimals }), input.unit),
    line: p.line,
  });
}
