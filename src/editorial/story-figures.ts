/** What story components show, worked out from the same model and chart code as the indicator pages. */
import { formatNumber } from '../i18n/format.ts';
import { toChartInput } from '../charts/chart-input.ts';
import { describeChart } from '../charts/describe.ts';
import { renderChartSvg } from '../charts/render-svg.ts';
import { NARROW, WIDE } from '../charts/chart-layout.ts';
import { headlineOf, type HeadlineSeries } from '../pipeline/headline.ts';
import { compareYears } from '../pipeline/years.ts';
import type { Indicator } from '../schemas/model.ts';

/** The headline series a component shows: all of them (one unit), or the one named. */
export function storySeries(ind: Indicator, series?: string): HeadlineSeries[] {
  const all = headlineOf(ind).filter((s) => series === undefined || s.series === series);
  const unit = all[0]?.unit;
  return all.filter((s) => s.unit === unit);
}

/** The series names a component may ask for (those with headline values). */
export function seriesNames(ind: Indicator): string[] {
  return [...new Set(headlineOf(ind).map((s) => s.series).filter((s): s is string => !!s))];
}

export interface StoryChart {
  svg: string;
  /** The same chart drawn for a phone. */
  svgNarrow: string;
  title: string;
  description: string;
}

export function storyChart(ind: Indicator, series?: string, title?: string): StoryChart {
  const chosen = storySeries(ind, series);
  if (chosen.length === 0) throw new Error(`IndicatorChart: indicator ${ind.id} has no values${series ? ` for series "${series}"` : ''}.`);
  const heading = title ?? (series && ind.graphTitles[series]) ?? ind.graphTitle ?? ind.nationalTitle ?? ind.globalTitle;
  const input = toChartInput(heading, chosen.slice(0, 8), chosen[0]!.unit ?? ind.units);
  const kind = ind.graphType === 'bar' && input.years.length > 40 ? 'line' : ind.graphType;
  return { svg: renderChartSvg(kind, input, { width: WIDE }), svgNarrow: renderChartSvg(kind, input, { width: NARROW }), title: heading, description: describeChart(input, kind) };
}

export interface KeyFigureData {
  value: string;
  unit?: string;
  year: string;
  label: string;
  source?: string;
}

/** Which value a key figure shows: the latest (default) or the first in the series. */
export const KEY_FIGURE_AT = ['latest', 'first'] as const;

/** The latest (or first) value of the first series shown (or the series named), with its unit, year and source. */
export function keyFigure(ind: Indicator, series?: string, at: (typeof KEY_FIGURE_AT)[number] = 'latest'): KeyFigureData {
  const first = storySeries(ind, series)[0];
  const values = first?.observations.filter((o) => o.value !== null).sort((a, b) => compareYears(a.year, b.year)) ?? [];
  const latest = at === 'first' ? values[0] : values.at(-1);
  if (!first || !latest) throw new Error(`KeyFigure: indicator ${ind.id} has no values${series ? ` for series "${series}"` : ''}.`);
  const unit = first.unit ?? ind.units;
  return {
    value: formatKeyValue(latest.value as number),
    ...(unit ? { unit } : {}),
    year: latest.year,
    label: first.series ?? ind.nationalTitle ?? ind.globalTitle,
    ...(ind.sources[0]?.organisation ? { source: ind.sources[0].organisation } : {}),
  };
}

/** A headline number: one decimal from 10 up, two below (27.995 → 28.0, 0.452 → 0.45), thousands separated. */
export function formatKeyValue(value: number): string {
  const digits = Math.abs(value) >= 10 ? 1 : 2;
  return formatNumber(value, { maximumFractionDigits: digits, minimumFractionDigits: Number.isInteger(value) ? 0 : Math.min(1, digits) });
}
