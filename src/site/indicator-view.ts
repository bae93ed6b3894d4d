/** What an indicator page shows, worked out once from the model (so the route stays a template). */
import { formatList } from '../i18n/format.ts';
import { headlineChart, headlineSeries } from './headline-chart.ts';
import { describeChart } from '../charts/describe.ts';
import { renderChartSvg, type ChartKind } from '../charts/render-svg.ts';
import { NARROW, WIDE } from '../charts/chart-layout.ts';
import type { HeadlineSeries } from '../pipeline/headline.ts';
import type { Indicator } from '../schemas/model.ts';
import { t } from '../i18n/index.ts';
import { type ChartConfig } from '../charts/chart-config.ts';
import { chartLegend } from '../charts/chart-marks.ts';
import { statusLabel } from './status-label.ts';
import { getSite } from './site-data.ts';
import { localize } from './routes.ts';
import { explorerFilesOf } from './explorer-files.ts';

export interface IndicatorView {
  headline: HeadlineSeries[];
  /** `svg` drawn for a desktop column, `svgNarrow` for a phone; the page shows the one that fits. */
  chart?: { svg: string; svgNarrow: string; description: string; title: string; kind: ChartKind; note?: string; statusNote?: string };
  /** What the browser's explorer needs, where the data have anything to explore. */
  explorer?: { config: ChartConfig; json: string };
  /** Why there is no chart, in plain words, when there is none. */
  noData?: string;
  /** Which disaggregation values the headline shows, when not the totals. */
  selection?: string;
}

export function indicatorView(ind: Indicator): IndicatorView {
  const headline = headlineSeries(ind);
  if (headline.length === 0) {
    const noData =
      ind.status !== 'complete' ? t('indicator.noData.notComplete', { status: statusLabel(ind.status, getSite().statuses) })
      : ind.meta['data_non_statistical'] === true ? t('indicator.noData.nonStatistical')
      : !ind.data ? t('indicator.noData.noCsv')
      : t('indicator.noData.noValues');
    return { headline, noData };
  }
  const first = headline[0]!;
  const { input, kind, title, drawn, config } = headlineChart(ind, headline)!;
  const files = explorerFilesOf(ind);
  const selectionEntries = Object.entries(first.selection);
  const legend = chartLegend(input, kind);
  return {
    headline,
    chart: {
      svg: renderChartSvg(kind, input, { width: WIDE }),
      svgNarrow: renderChartSvg(kind, input, { width: NARROW }),
      description: describeChart(input, kind),
      title,
      kind,
      ...(drawn.length < headline.length
        ? { note: first.series ? t('indicator.moreSeries.series', { series: first.series }) : t('indicator.moreSeries', { unit: first.unit ?? '' }) }
        : {}),
      ...(legend ? { statusNote: legend } : {}),
    },
    ...(files ? { explorer: { config, json: localize(`/${files.index}`) } } : {}),
    ...(selectionEntries.length > 0
      ? { selection: t('indicator.selection', { selection: formatList(selectionEntries.map(([k, v]) => `${k}: ${v}`), 'unit') }) }
      : {}),
  };
}
