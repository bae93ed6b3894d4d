/** What a selection shows: the chart input, the chart kind, and the table rows — pure, shared by build and browser. */
import { pick, type ChartConfig } from './chart-config.ts';
import type { ChartInput, ChartPoint } from './chart-input.ts';
import { compareYears, allNumericYears, sortYears } from '../pipeline/years.ts';
import { matchesDims, type DimensionNode, type ExplorerData, type TimeSeries } from './time-series.ts';
import type { Selection } from './selection.ts';
import { t } from '../i18n/index.ts';
import { writeCsv } from '../pipeline/write-csv.ts';

/** More lines than this and one chart stops being readable: small multiples instead. */
export const MAX_LINES = 8;
/** Bar charts with more years than this are drawn as lines. */
export const MAX_BARS = 40;

export interface TableRow { line: string; year: string; value: number; unit: string; status?: string }
export interface SelectionView {
  input: ChartInput;
  kind: 'line' | 'bar' | 'binary';
  smallMultiples: boolean;
  rows: TableRow[];
  /** Years the series and unit offer, for the year range controls. */
  years: string[];
  decimals?: number;
}

const lineLabel = (ts: TimeSeries) => Object.values(ts.dimensions).join(', ') || t('charts.total');

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
  for (const ts of chosen) {
    const line = lineLabel(ts);
    const obs = ts.observations.filter((o) => o.value !== null && inRange(o.year));
    if (obs.length === 0) continue;
    if (!lines.includes(line)) lines.push(line);
    for (const o of obs) {
      points.push({ year: o.year, ...(numericYears ? { x: Number(o.year) } : {}), value: o.value as number, line, ...(o.status ? { status: o.status } : {}) });
    }
  }
  const multiplier = chosen.find((ts) => ts.unitMultiplier)?.unitMultiplier;
  // "Units" as a multiplier means ×1: it adds nothing to the axis label.
  const unit = multiplier && !/^units?$/i.test(multiplier.trim()) ? `${sel.unit ?? ''} (${multiplier})`.trim() : sel.unit;
  const title =
    (sel.series && config.graphTitles[sel.series]) ?? (sel.unit && config.graphTitles[sel.unit]) ?? (sel.series ? sel.series : config.title);
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
  };
  const rows = points
    .map((p) => ({ line: p.line, year: p.year, value: p.value, unit: unit ?? '', ...(p.status ? { status: p.status } : {}) }))
    .sort((a, b) => lines.indexOf(a.line) - lines.indexOf(b.line) || compareYears(a.year, b.year));
  return { input, kind, smallMultiples: kind !== 'binary' && lines.length > MAX_LINES, rows, years, ...(decimals !== undefined ? { decimals } : {}) };
}

/** A value as the table and CSV show it: the metadata's decimals where given. */
export const formatValue = (v: number, decimals?: number) => (decimals === undefined ? String(v) : v.toFixed(decimals));

/** The selection as CSV (RFC 4180 quoting, formulas defused), for "download this selection". */
export function rowsToCsv(rows: TableRow[], decimals?: number): string {
  const head = [t('charts.line'), t('indicator.year'), t('indicator.value'), t('indicator.unit'), t('indicator.observationStatus')];
  return writeCsv(head, rows.map((r) => [r.line, r.year, formatValue(r.value, decimals), r.unit, r.status ?? '']), '\r\n');
}
