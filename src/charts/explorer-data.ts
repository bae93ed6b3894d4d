/**
 * The explorer's data files: how an indicator's time series are written for the browser and read back. This is
 * the one place that knows the format; the build writes with `explorerFiles` (src/site/explorer-files.ts names and
 * serves them), the browser reads with `skeletonOf`, `chunksFor` and `fillChunk` (src/charts/client/explorer-source.ts).
 *
 * - The **index** (a few KB) describes every time series without its observations, column by column: its series,
 *   unit, area and breakdown values as positions in lists of distinct values, how many values it has, and the
 *   chunk holding its observations. That is all the controls, the URL state and the nesting of breakdowns need.
 * - A **chunk** holds the observations of some time series: per series, year positions, values and statuses.
 *   Each series and unit has its own chunks, so a view fetches only what it shows; a series and unit with more
 *   than `CHUNK_OBSERVATIONS` observations is split, totals and the fewest breakdowns first (what a first view
 *   shows), so an indicator with a million rows is fetched a selection at a time.
 */
import { matchesDims, type DimensionNode, type ExplorerData, type TimeSeries } from './time-series.ts';

export const EXPLORER_FORMAT = 1;
/** At most about this many observations per chunk (some 100-200 KB of JSON before compression). */
export const CHUNK_OBSERVATIONS = 20_000;

/** Position in a list of distinct values, or -1 for none. */
type Pos = number;

export interface ExplorerIndex {
  format: typeof EXPLORER_FORMAT;
  dimensions: string[];
  series: string[];
  units: string[];
  years: string[];
  /** Distinct values of the other columns, which `keys` refer to by position. */
  labels: { unitMultiplier: string[]; geoCode: string[]; status: string[]; dims: string[][] };
  /** One entry per time series, column by column. `dims[d][k]` is series k's value of dimension d. */
  keys: { series: Pos[]; unit: Pos[]; unitMultiplier: Pos[]; geoCode: Pos[]; dims: Pos[][]; count: number[]; chunk: number[] };
  /** The chunks' file names, relative to the index; `chunkGroups[c]` is the series-and-unit group of chunk c. */
  chunks: string[];
  chunkGroups: number[];
}

export interface ExplorerChunk {
  format: typeof EXPLORER_FORMAT;
  /** The time series it holds (positions in the index's keys) and, for each, its observations. */
  keys: number[];
  /** Per series: year positions, values (null for a missing value) and, where any is set, status positions. */
  obs: { y: Pos[]; v: (number | null)[]; s?: Pos[] }[];
}

class Dictionary {
  readonly values: string[] = [];
  readonly #at = new Map<string, number>();
  pos(value: string | undefined): Pos {
    if (value === undefined) return -1;
    let at = this.#at.get(value);
    if (at === undefined) {
      at = this.values.push(value) - 1;
      this.#at.set(value, at);
    }
    return at;
  }
}

const groupOf = (ts: TimeSeries) => JSON.stringify([ts.series ?? null, ts.unit ?? null]);

/**
 * The files for one indicator: the chunks' texts, named by `nameOf` (a content hash, so browsers may keep them),
 * and the index naming them. JSON throughout, compact (the server compresses it).
 */
export function explorerFiles(data: ExplorerData, nameOf: (text: string) => string, limit = CHUNK_OBSERVATIONS): { index: string; chunks: { name: string; text: string }[] } {
  const seriesPos = new Map(data.series.map((s, i) => [s, i]));
  const unitPos = new Map(data.units.map((u, i) => [u, i]));
  const yearPos = new Map(data.years.map((y, i) => [y, i]));
  const multipliers = new Dictionary();
  const geoCodes = new Dictionary();
  const statuses = new Dictionary();
  const dimValues = data.dimensions.map(() => new Dictionary());

  // Groups in the order series and units first appear; within a group, the fewest breakdowns first.
  const groups = new Map<string, number[]>();
  data.timeSeries.forEach((ts, k) => {
    const g = groupOf(ts);
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(k);
  });
  const breakdowns = (k: number) => Object.keys(data.timeSeries[k]!.dimensions).length;
  const keyChunk = new Array<number>(data.timeSeries.length).fill(-1);
  const chunkKeys: number[][] = [];
  const chunkGroups: number[] = [];
  [...groups.values()].forEach((members, g) => {
    const ordered = [...members].sort((a, b) => breakdowns(a) - breakdowns(b) || a - b);
    let current: number[] = [];
    let size = 0;
    for (const k of ordered) {
      const n = data.timeSeries[k]!.observations.length;
      if (current.length > 0 && size + n > limit) {
        chunkKeys.push(current);
        chunkGroups.push(g);
        current = [];
        size = 0;
      }
      current.push(k);
      size += n;
    }
    if (current.length > 0) {
      chunkKeys.push(current);
      chunkGroups.push(g);
    }
  });
  chunkKeys.forEach((keys, c) => keys.forEach((k) => { keyChunk[k] = c; }));

  const chunks = chunkKeys.map((keys) => {
    const chunk: ExplorerChunk = {
      format: EXPLORER_FORMAT,
      keys,
      obs: keys.map((k) => {
        const observations = data.timeSeries[k]!.observations;
        const s = observations.map((o) => statuses.pos(o.status));
        return {
          y: observations.map((o) => yearPos.get(o.year) ?? data.years.indexOf(o.year)),
          v: observations.map((o) => o.value),
          ...(s.some((p) => p >= 0) ? { s } : {}),
        };
      }),
    };
    const text = JSON.stringify(chunk);
    return { name: nameOf(text), text };
  });

  const index: ExplorerIndex = {
    format: EXPLORER_FORMAT,
    dimensions: data.dimensions,
    series: data.series,
    units: data.units,
    years: data.years,
    labels: { unitMultiplier: [], geoCode: [], status: [], dims: [] },
    keys: {
      series: data.timeSeries.map((ts) => (ts.series === undefined ? -1 : seriesPos.get(ts.series) ?? -1)),
      unit: data.timeSeries.map((ts) => (ts.unit === undefined ? -1 : unitPos.get(ts.unit) ?? -1)),
      unitMultiplier: data.timeSeries.map((ts) => multipliers.pos(ts.unitMultiplier)),
      geoCode: data.timeSeries.map((ts) => geoCodes.pos(ts.geoCode)),
      dims: data.dimensions.map((d, i) => data.timeSeries.map((ts) => dimValues[i]!.pos(ts.dimensions[d]))),
      count: data.timeSeries.map((ts) => ts.observations.filter((o) => o.value !== null).length),
      chunk: keyChunk,
    },
    chunks: chunks.map((c) => c.name),
    chunkGroups,
  };
  index.labels = { unitMultiplier: multipliers.values, geoCode: geoCodes.values, status: statuses.values, dims: dimValues.map((d) => d.values) };
  return { index: JSON.stringify(index), chunks };
}

/** The explorer's data as the index describes them: every time series, with no observations until its chunk is in. */
export function skeletonOf(index: ExplorerIndex): ExplorerData {
  const at = <T>(list: readonly T[], p: Pos): T | undefined => (p >= 0 ? list[p] : undefined);
  const { keys, labels } = index;
  const timeSeries: TimeSeries[] = keys.series.map((_, k) => {
    const dimensions: Record<string, string> = {};
    index.dimensions.forEach((d, i) => {
      const v = at(labels.dims[i]!, keys.dims[i]![k]!);
      if (v !== undefined) dimensions[d] = v;
    });
    const series = at(index.series, keys.series[k]!);
    const unit = at(index.units, keys.unit[k]!);
    const unitMultiplier = at(labels.unitMultiplier, keys.unitMultiplier[k]!);
    const geoCode = at(labels.geoCode, keys.geoCode[k]!);
    return {
      ...(series !== undefined ? { series } : {}),
      ...(unit !== undefined ? { unit } : {}),
      ...(unitMultiplier !== undefined ? { unitMultiplier } : {}),
      ...(geoCode !== undefined ? { geoCode } : {}),
      dimensions,
      observations: [],
      count: keys.count[k]!,
    };
  });
  return { dimensions: index.dimensions, series: index.series, units: index.units, years: index.years, timeSeries };
}

/** Puts a chunk's observations into the skeleton's time series (in place). */
export function fillChunk(index: ExplorerIndex, data: ExplorerData, chunk: ExplorerChunk): void {
  chunk.keys.forEach((k, i) => {
    const { y, v, s } = chunk.obs[i]!;
    const ts = data.timeSeries[k];
    if (!ts) return;
    ts.observations = y.map((year, j) => {
      const status = s && s[j]! >= 0 ? index.labels.status[s[j]!] : undefined;
      return { year: index.years[year] ?? '', value: v[j] ?? null, ...(status ? { status } : {}) };
    });
  });
}

/**
 * The chunks a view of `series` and `unit` needs: all of the group's where it has one or two, else those holding
 * the time series the breakdowns choose (with `nodes`), or the group's first (its totals) without them.
 */
export function chunksFor(index: ExplorerIndex, data: ExplorerData, sel: { series?: string | undefined; unit?: string | undefined; dims?: Record<string, string[]> }, nodes?: DimensionNode[]): number[] {
  const inGroup = data.timeSeries.map((ts, k) => (ts.series === sel.series && ts.unit === sel.unit ? k : -1)).filter((k) => k >= 0);
  const groupChunks = [...new Set(inGroup.map((k) => index.keys.chunk[k]!))].sort((a, b) => a - b);
  if (groupChunks.length <= 2) return groupChunks;
  if (!nodes || !sel.dims) return groupChunks.slice(0, 1);
  const wanted = new Set(inGroup.filter((k) => matchesDims(data.timeSeries[k]!, sel.dims!, nodes)).map((k) => index.keys.chunk[k]!));
  return wanted.size > 0 ? [...wanted].sort((a, b) => a - b) : groupChunks.slice(0, 1);
}
