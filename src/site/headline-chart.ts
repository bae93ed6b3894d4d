/**
 * The headline chart's input: which series, title and kind. One place, shared by the indicator page,
 * the media images and the embed, so they always show the same chart.
 */
import { toChartInput, type ChartInput } from '../charts/chart-input.ts';
import type { ChartKind } from '../charts/render-svg.ts';
import { headlineOf, type HeadlineSeries } from '../pipeline/headline.ts';
import type { Indicator } from '../schemas/model.ts';

/** Bar charts with more years than this are drawn as lines: hundreds of bars read as noise. */
const MAX_BARS = 40;
/** More lines than this and a single chart stops being readable; the table still lists them all. */
const MAX_LINES = 8;

export interface HeadlineChart {
  input: ChartInput;
  kind: ChartKind;
  title: string;
  /** The series drawn (those sharing the first unit, at most MAX_LINES). */
  drawn: HeadlineSeries[];
}

export function headlineChart(ind: Indicator, headline: HeadlineSeries[] = headlineOf(ind)): HeadlineChart | null {
  const first = headline[0];
  if (!first) return null;
  const sameUnit = headline.filter((s) => s.unit === first.unit).slice(0, MAX_LINES);
  const title =
    (first.series && ind.graphTitles[first.series]) ?? (first.unit && ind.graphTitles[first.unit]) ?? ind.graphTitle ?? ind.nationalTitle ?? ind.globalTitle;
  const input = toChartInput(title, sameUnit, first.unit ?? ind.units);
  const kind: ChartKind = ind.graphType === 'bar' && input.years.length > MAX_BARS ? 'line' : ind.graphType;
  return { input, kind, title, drawn: sameUnit };
}
