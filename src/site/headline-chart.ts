/**
 * The headline chart: the explorer's default view, worked out by the same selection → chart-input path the
 * browser uses (src/charts/selection-view.ts), so the indicator page, the posters, the embed and the explorer's
 * first view can never disagree — graph_limits, target lines, graph_types and precision included.
 */
import { chartConfig, type ChartConfig } from '../charts/chart-config.ts';
import type { ChartInput } from '../charts/chart-input.ts';
import type { ChartKind } from '../charts/render-svg.ts';
import { selectionView } from '../charts/selection-view.ts';
import { nestDimensions, type ExplorerData } from '../charts/time-series.ts';
import { headlineOf, type HeadlineSeries } from '../pipeline/headline.ts';
import type { Indicator } from '../schemas/model.ts';
import { toTimeSeries } from './indicator-json.ts';
import { perIndicator } from './per-indicator.ts';

export interface HeadlineChart {
  input: ChartInput;
  kind: ChartKind;
  title: string;
  /** The headline series drawn (the default series and unit); the table lists every headline series. */
  drawn: HeadlineSeries[];
  config: ChartConfig;
}

/** The data as the explorer reads them from `/downloads/<id>.json` (worked out once per indicator; read only). */
export const explorerData = perIndicator((ind): ExplorerData => {
  const d = ind.data!;
  return { dimensions: d.disaggregations, series: d.series, units: d.units, years: d.years, timeSeries: toTimeSeries(d.observations) as unknown as ExplorerData['timeSeries'] };
});

/** The headline series of an indicator, worked out once (read only). */
export const headlineSeries = perIndicator((ind) => headlineOf(ind));

const defaultChart = perIndicator((ind) => chartOf(ind, headlineSeries(ind)));

/** The headline chart; worked out once per indicator for its own headline (read only). */
export function headlineChart(ind: Indicator, headline?: HeadlineSeries[]): HeadlineChart | null {
  return headline === undefined || headline === headlineSeries(ind) ? defaultChart(ind) : chartOf(ind, headline);
}

function chartOf(ind: Indicator, headline: HeadlineSeries[]): HeadlineChart | null {
  const first = headline[0];
  if (!first || !ind.data) return null;
  const title =
    (first.series && ind.graphTitles[first.series]) ?? (first.unit && ind.graphTitles[first.unit]) ?? ind.graphTitle ?? ind.nationalTitle ?? ind.globalTitle;
  const config = chartConfig(ind, headline, title);
  const data = explorerData(ind);
  const view = selectionView(data, config, { ...structuredClone(config.defaults), view: 'chart' }, nestDimensions(data.dimensions, data.timeSeries));
  // Data without a unit column take the metadata's unit in words for the axis.
  const input = view.input.unit || !ind.units ? view.input : { ...view.input, unit: ind.units };
  const drawn = headline.filter((s) => s.series === first.series && s.unit === first.unit);
  return { input, kind: view.kind, title: input.title, drawn, config };
}
