/** The headline chart's input, as the indicator page draws it (same series, title and kind). */
import { toChartInput, type ChartInput } from '../../charts/chart-input.ts';
import type { ChartKind } from '../../charts/render-svg.ts';
import { headlineOf } from '../../pipeline/headline.ts';
import type { Indicator } from '../../schemas/model.ts';

const MAX_BARS = 40;
const MAX_LINES = 8;

export interface HeadlineChart {
  input: ChartInput;
  kind: ChartKind;
  title: string;
}

export function headlineChart(ind: Indicator): HeadlineChart | null {
  const headline = headlineOf(ind);
  const first = headline[0];
  if (!first) return null;
  const sameUnit = headline.filter((s) => s.unit === first.unit).slice(0, MAX_LINES);
  const title =
    (first.series && ind.graphTitles[first.series]) ?? (first.unit && ind.graphTitles[first.unit]) ?? ind.graphTitle ?? ind.nationalTitle ?? ind.globalTitle;
  const input = toChartInput(title, sameUnit, first.unit ?? ind.units);
  const kind: ChartKind = ind.graphType === 'bar' && input.years.length > MAX_BARS ? 'line' : ind.graphType;
  return { input, kind, title };
}
