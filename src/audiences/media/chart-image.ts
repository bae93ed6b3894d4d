/** The publishable chart of an indicator: poster SVG (and PNG) at a given size, with its words. */
import { directionOf } from '../../pipeline/languages.ts';
import { trustLabels } from '../trust-labels.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { renderChartSvg } from '../../charts/render-svg.ts';
import { t } from '../../i18n/index.ts';
import type { Indicator } from '../../schemas/model.ts';
import { audienceConfig } from '../config.ts';
import { sourceNames } from '../source-names.ts';
import { localize } from '../../site/routes.ts';
import { headlineChart } from '../../site/headline-chart.ts';
import { CHART_INSET, innerSvg, posterLayout, posterSvg, type PosterSize, type PosterText } from './poster.ts';

export function posterText(ind: Indicator, title: string, years: string[]): PosterText {
  const where = typeof ind.meta['national_geographical_coverage'] === 'string' ? String(ind.meta['national_geographical_coverage']) : undefined;
  const span = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : (years[0] ?? '');
  const organisations = sourceNames(ind).join('; ');
  return {
    title,
    // Where the figures come from travels with the image: "Citizen-generated data", "Proxy indicator".
    subtitle: [t(where ? 'audiences.media.subtitleWhere' : 'audiences.media.subtitle', { number: ind.number, where: where ?? '', span }), ...trustLabels(ind).map((l) => l.text)].join(' · '),
    source: t('audiences.media.sourceLine', { source: organisations || audienceConfig.siteTitle }),
    // The permalink sits with the licence, so the image leads back to its page.
    licence: `${audienceConfig.licence} ${audienceConfig.siteUrl}${localize(`/indicators/${ind.id}/`)}`,
  };
}

/** Null when the indicator has no chart. */
export function chartPoster(ind: Indicator, size: PosterSize): string | null {
  const chart = headlineChart(ind);
  if (!chart) return null;
  const text = posterText(ind, chart.title, chart.input.years);
  const layout = posterLayout(text, size, chart.input.lines);
  const markup = renderChartSvg(chart.kind, chart.input, { width: size.width - 2 * CHART_INSET, height: layout.chartHeight });
  return posterSvg(innerSvg(markup, size.width - 2 * CHART_INSET), layout, directionOf(currentLanguage()));
}
