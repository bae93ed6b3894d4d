/** What a selection shows: the chart input, the chart kind, and the table rows — pure, shared by build and browser. */
import { pick, type ChartConfig } from './chart-config.ts';
import type { ChartInput, ChartPoint } from './chart-input.ts';
import { compareYears, allNumericYears, sortYears } from '../pipeline/years.ts';
import { hasValues, matchesDims, type DimensionNode, type ExplorerData, type TimeSeries } from './time-series.ts';
import type { Selection } from './selection.ts';
import { t } from '../i18n/index.ts';
import { writeCsv } from '../pipeline/write-csv.ts';

/** More lines than this and one chart stops being readable: small multiples instead. */
export const MAX_LINES = 8;
/** Bar charts with more years than this are drawn as lines. */
export const MAX_BARS = 40;

export interface TableRow {
  line: string;
  year: string;
  value: number;
  unit: string;
  status?: string;
  /** What a download of the selection carries besides: the series and every breakdown column's value. */
  series?: string;
  dims: Record<string, string>;
}
export interface SelectionView {
  input: ChartInput;
  kind: 'line' | 'bar' | 'binary';
  smallMultiples: boolean;
  rows: TableRow[];
  /** Years the series and unit offer, for the year range controls. */
  years: string[];
  decimals?: number;
}

/** A line's label: its breakdown values; for the total, the series' name where the data have several series. */
const lineLabel = (ts: TimeSeries, data: ExplorerData) => Object.values(ts.dimensions).join(', ') || (data.series.length > 1 && ts.series) || t('charts.total');

export function selectionView(data: ExplorerData, config: ChartConfig, sel: Selection, nodes: DimensionNode[]): SelectionView {
  const scoped = data.timeSeries.filter((ts) => ts.series === sel.series && ts.unit === sel.unit);
  const years = sortYears(scoped.flatMap((ts) => ts.observations.filter((o) => o.value !== null).map((o) => o.year)));
  const lo = sel.from ?? years[0];
  const hi = sel.to ?? years[years.length - 1];
  const inRange = (y: string) => (!lo || compareYears(y, lo) >= 0) && (!hi || compareYears(y, hi) <= 0);
  const chosen = scoped.filter((ts) => matchesDims(ts, sel.dims, nodes));
  const shownYears = years.filter(inRange);
  const numericYears = allNumericYears(shownYears);
  const points: ChartPoint[] = [];
  const lines: string[] = [];
  const rowsOf: TableRow[] = [];
  for (const ts of chosen) {
    const line = lineLabel(ts, data);
    const obs = ts.observations.filter((o) => o.value !== null && inRange(o.year));
    if (obs.length === 0) continue;
    if (!lines.includes(line)) lines.push(line);
    for (const o of obs) {
      points.push({ year: o.year, ...(numericYears ? { x: Number(o.year) } : {}), value: o.value as number, line, ...(o.status ? { status: o.status } : {}) });
      rowsOf.push({ line, year: o.year, value: o.value as number, unit: '', ...(o.status ? { status: o.status } : {}), ...(ts.series ? { series: ts.series } : {}), dims: ts.dimensions });
    }
  }
  const multiplier = chosen.find((ts) => ts.unitMultiplier)?.unitMultiplier;
  // "Units" as a multiplier means ×1: it adds nothing to the axis label.
  const unit = multiplier && !/^units?$/i.test(multiplier.trim()) ? `${sel.unit ?? ''} (${multiplier})`.trim() : sel.unit;
  // The default series keeps the indicator's chart title; another series is titled by its name.
  const title =
    (sel.series && config.graphTitles[sel.series]) ?? (sel.unit && config.graphTitles[sel.unit]) ?? (sel.series && sel.series !== config.defaults.series ? sel.series : config.title);
  const limit = pick(config.limits, sel.series, sel.unit);
  const annotations = config.annotations.filter((a) => (!a.series || a.series === sel.series) && (!a.unit || a.unit === sel.unit));
  const decimals = pick(config.precision, sel.series, sel.unit)?.decimals;
  const base = pick(config.graphTypes, sel.series, sel.unit)?.type ?? config.graphType;
  const usedYears = sortYears(points.map((p) => p.year));
  const kind = base === 'bar' && usedYears.length > MAX_BARS ? 'line' : base;
  const input: ChartInput = {
    title,
    ...(unit ? { unit } : {}),
    points,
    lines,
    years: usedYears,
    numericYears,
    ...(limit && (limit.minimum !== undefined || limit.maximum !== undefined)
      ? { limits: { ...(limit.minimum !== undefined ? { min: limit.minimum } : {}), ...(limit.maximum !== undefined ? { max: limit.maximum } : {}) } }
      : {}),
    ...(annotations.length ? { annotations: annotations.map((a) => ({ value: a.value, label: a.label || t('charts.annotation') })) } : {}),
    ...(decimals !== undefined ? { decimals } : {}),
    ...(config.nonOfficial === true || (sel.series !== undefined && config.nonOfficial?.includes(sel.series)) ? { nonOfficial: true } : {}),
  };
  const rows = rowsOf
    .map((r) => ({ ...r, unit: unit ?? '' }))
    .sort((a, b) => lines.indexOf(a.line) - lines.indexOf(b.line) || compareYears(a.year, b.year));
  return { input, kind, smallMultiples: kind !== 'binary' && lines.length > MAX_LINES, rows, years, ...(decimals !== undefined ? { decimals } : {}) };
}

/** A value as the table and CSV show it: the metadata's decimals where given. */
export const formatValue = (v: number, decimals?: number) => (decimals === undefined ? String(v) : v.toFixed(decimals));

/**
 * The selection as CSV (RFC 4180 quoting, formulas defused), for "download this selection": the series, the unit
 * and every breakdown column of what is shown (blank where a row is the total), then year, value and status.
 */
export function rowsToCsv(rows: TableRow[], decimals?: number, dimensions: readonly string[] = []): string {
  const withSeries = rows.some((r) => r.series);
  const dims = dimensions.filter((d) => rows.some((r) => r.dims[d] !== undefined));
  const head = [...(withSeries ? [t('indicator.series')] : []), t('indicator.unit'), ...dims, t('indicator.year'), t('indicator.value'), t('indicator.observationStatus')];
  const body = rows.map((r) => [...(withSeries ? [r.series ?? ''] : []), r.unit, ...dims.map((d) => r.dims[d] ?? ''), r.year, formatValue(r.value, decimals), r.status ?? '']);
  return writeCsv(head, body, '\r\n');
}

/**
 * The first view of a series and unit that has no total: the combination with the fewest breakdowns that has
 * values (as the headline does), so a reader never arrives on "no data for this combination".
 */
export function firstCombination(data: ExplorerData, series: string | undefined, unit: string | undefined): Record<string, string[]> {
  const scoped = data.timeSeries.filter((ts) => ts.series === series && ts.unit === unit && hasValues(ts));
  const fewest = scoped.reduce<TimeSeries | undefined>((best, ts) => (!best || Object.keys(ts.dimensions).length < Object.keys(best.dimensions).length ? ts : best), undefined);
  return Object.fromEntries(Object.entries(fewest?.dimensions ?? {}).map(([k, v]) => [k, [v]]));
}
