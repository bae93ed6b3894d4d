/**
 * Where an indicator's figures come from, as every view labels it: sources outside official statistics
 * (citizen-generated data, other non-official sources, from `source_type_N`) and Open SDG's proxy flag.
 * Pure: derived from the model, the same on the indicator, citizens', media, data and embed views and the posters.
 */
import { NON_OFFICIAL_SOURCE_TYPES, type SourceType } from '../schemas/metadata.ts';
import type { Indicator } from '../schemas/model.ts';

export interface NonOfficial {
  /** The non-official types among the sources (`citizen-generated`, `other`). */
  types: SourceType[];
  /** Their names (organisation, else "Source N"). */
  sources: { n: number; name?: string; type: SourceType }[];
  /** True when every source is non-official: every series is then marked. */
  all: boolean;
  /** The series (as the pages show them) that come from a non-official source, where `source_series_N` says. */
  series: string[];
}

export interface Proxy {
  /** `proxy: proxy`: the whole indicator stands in for the UN one. */
  whole: boolean;
  /** `proxy: both`: the series that are proxies (`proxy_series`). */
  series: string[];
}

/** A series as written in the data → as the pages show it (codes become labels). */
function seriesLabel(ind: Indicator): (written: string) => string {
  const raw = ind.rawData?.series ?? [];
  const shown = ind.data?.series ?? [];
  return (written) => {
    const i = raw.indexOf(written);
    return i >= 0 && shown[i] !== undefined ? shown[i]! : written;
  };
}

export function nonOfficialOf(ind: Indicator): NonOfficial | undefined {
  const flagged = (ind.sources ?? []).filter((s) => s.type && NON_OFFICIAL_SOURCE_TYPES.includes(s.type));
  if (flagged.length === 0) return undefined;
  const label = seriesLabel(ind);
  return {
    types: [...new Set(flagged.map((s) => s.type!))],
    sources: flagged.map((s) => ({ n: s.n, ...(s.organisation ? { name: s.organisation } : {}), type: s.type! })),
    all: flagged.length === ind.sources.length,
    series: [...new Set(flagged.flatMap((s) => (s.series ?? []).map(label)))],
  };
}

const listOf = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]).filter((x) => typeof x === 'string' || typeof x === 'number').map((x) => String(x).trim()).filter(Boolean);

export function proxyOf(ind: Indicator): Proxy | undefined {
  const flag = typeof ind.meta['proxy'] === 'string' ? ind.meta['proxy'].trim().toLowerCase() : ind.meta['proxy'] === true ? 'proxy' : '';
  const label = seriesLabel(ind);
  const series = listOf(ind.meta['proxy_series']).map(label);
  if (flag === 'proxy') return { whole: true, series: [] };
  if (flag === 'both' || (flag === '' && series.length > 0)) return { whole: false, series };
  return undefined;
}

/** True when the series shown comes from a non-official source (every series, when all sources are). */
export function isNonOfficialSeries(n: NonOfficial | undefined, series: string | undefined): boolean {
  return !!n && (n.all || (series !== undefined && n.series.includes(series)));
}
