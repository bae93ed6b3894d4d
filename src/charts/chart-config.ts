/** What the browser's chart explorer needs from the metadata, worked out at build time (small, embedded as JSON). */
import type { Indicator } from '../schemas/model.ts';
import type { HeadlineSeries } from '../pipeline/headline.ts';
import { nonOfficialOf } from '../pipeline/trust.ts';
import { t } from '../i18n/index.ts';

/** A y-axis range from `graph_limits`, for one series/unit or for all. */
export interface GraphLimit { series?: string; unit?: string; minimum?: number; maximum?: number }
/** A horizontal line from `graph_annotations` / `graph_target_lines`. */
export interface GraphAnnotation { series?: string; unit?: string; value: number; label: string }
/** Decimal places from `precision`. */
export interface Precision { series?: string; unit?: string; decimals: number }

export interface ChartConfig {
  id: string;
  title: string;
  graphType: 'line' | 'bar' | 'binary';
  /** `graph_types`: a chart kind per series or unit. */
  graphTypes: { series?: string; unit?: string; type: 'line' | 'bar' | 'binary' }[];
  graphTitles: Record<string, string>;
  limits: GraphLimit[];
  annotations: GraphAnnotation[];
  precision: Precision[];
  /** The headline selection: what the page shows before any choice. */
  defaults: { series?: string; unit?: string; dims: Record<string, string[]> };
  /** Series from a source outside official statistics (`true`: every series), drawn dashed. */
  nonOfficial?: true | string[];
}

const list = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const scope = (x: Record<string, unknown>) => {
  const series = text(x['series']);
  const unit = text(x['unit']);
  return { ...(series ? { series } : {}), ...(unit ? { unit } : {}) };
};
const KINDS = ['line', 'bar', 'binary'] as const;
const isKind = (v: unknown): v is ChartConfig['graphType'] => KINDS.includes(v as never);

/** Reads the chart-related metadata fields; malformed entries are skipped (the validator reports the rest). */
export function chartConfig(ind: Indicator, headline: HeadlineSeries[], title: string): ChartConfig {
  const m = ind.meta;
  const limits = list(m['graph_limits']).map((x) => {
    const minimum = num(x['minimum']);
    const maximum = num(x['maximum']);
    return { ...scope(x), ...(minimum !== undefined ? { minimum } : {}), ...(maximum !== undefined ? { maximum } : {}) };
  });
  const annotations = [...list(m['graph_annotations']), ...list(m['graph_target_lines'])].flatMap((x) => {
    const value = num(x['value']);
    const label = text(x['label_content']) ?? text(x['label']) ?? '';
    return value === undefined ? [] : [{ ...scope(x), value, label }];
  });
  // A target the metadata already draw (graph_target_lines at the same value) is not drawn twice.
  for (const { year: _, ...target } of progressTargets(ind)) {
    if (!annotations.some((a) => a.value === target.value && (!a.series || a.series === target.series) && (!a.unit || a.unit === target.unit))) annotations.push(target);
  }
  const precision = list(m['precision']).flatMap((x) => {
    const decimals = num(x['decimals']);
    return decimals === undefined ? [] : [{ ...scope(x), decimals: Math.max(0, Math.min(10, Math.round(decimals))) }];
  });
  const graphTypes = list(m['graph_types']).flatMap((x) => (isKind(x['type']) ? [{ ...scope(x), type: x['type'] }] : []));
  const first = headline[0];
  const nonOfficial = nonOfficialOf(ind);
  return {
    id: ind.id,
    title,
    graphType: ind.graphType,
    graphTypes,
    graphTitles: ind.graphTitles,
    limits,
    annotations,
    precision,
    defaults: {
      ...(first?.series ? { series: first.series } : {}),
      ...(first?.unit ? { unit: first.unit } : {}),
      dims: Object.fromEntries(Object.entries(first?.selection ?? {}).map(([k, v]) => [k, [v]])),
    },
    ...(nonOfficial?.all ? { nonOfficial: true as const } : nonOfficial?.series.length ? { nonOfficial: nonOfficial.series } : {}),
  };
}

/**
 * The targets of an indicator's progress lines that measure the headline (no breakdown chosen): each one a line
 * on the chart for its series and unit, labelled with its year. Lines for one group (women) keep their target in
 * the progress panel only: drawn over the totals, it would read as the total's target.
 */
export function progressTargets(ind: Indicator): (GraphAnnotation & { year: number })[] {
  const out: (GraphAnnotation & { year: number })[] = [];
  for (const line of ind.progress?.lines ?? []) {
    const { target, targetYear } = line.measure;
    if (target === undefined || Object.keys(line.dims).length > 0) continue;
    const entry = { ...(line.series ? { series: line.series } : {}), ...(line.unit ? { unit: line.unit } : {}), value: target, year: targetYear, label: t('progress.chart.target', { year: String(targetYear) }) };
    if (!out.some((o) => o.value === entry.value && o.series === entry.series && o.unit === entry.unit)) out.push(entry);
  }
  return out;
}

/** The entry that applies to a series and unit: a specific one first, then one for all. */
export function pick<T extends { series?: string; unit?: string }>(items: T[], series?: string, unit?: string): T | undefined {
  const fits = (x: T) => (!x.series || x.series === series) && (!x.unit || x.unit === unit);
  return items.filter(fits).sort((a, b) => Number(!!b.series) + Number(!!b.unit) - Number(!!a.series) - Number(!!a.unit))[0];
}
