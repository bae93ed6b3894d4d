import type { Indicator } from '../schemas/model.ts';
import type { Observation } from '../schemas/observation.ts';
import { compareYears } from '../pipeline/years.ts';

type Grouped = ReturnType<typeof groupTimeSeries>;
const grouped = new WeakMap<Observation[], Grouped>();

/** The observations grouped into time series, in order of first appearance, each by year (the JSON's order). */
export function bySeries(observations: readonly Observation[]): { key: Record<string, unknown>; observations: Observation[] }[] {
  const groups = new Map<string, { key: Record<string, unknown>; observations: Observation[] }>();
  for (const o of observations) {
    // A series is its series, unit, multiplier, area and breakdown values (names and order as written).
    let k = `${o.series ?? ''}\u0000${o.unit ?? ''}\u0000${o.unitMultiplier ?? ''}\u0000${o.geoCode ?? ''}`;
    for (const d in o.dims) k += `\u0000${d}\u0001${o.dims[d]}`;
    let group = groups.get(k);
    if (!group) {
      const key = {
        ...(o.series ? { series: o.series } : {}),
        ...(o.unit ? { unit: o.unit } : {}),
        ...(o.unitMultiplier ? { unitMultiplier: o.unitMultiplier } : {}),
        ...(o.geoCode ? { geoCode: o.geoCode } : {}),
        dimensions: o.dims,
      };
      groups.set(k, (group = { key, observations: [] }));
    }
    group.observations.push(o);
  }
  const all = [...groups.values()];
  for (const g of all) g.observations.sort((a, b) => compareYears(a.year, b.year));
  return all;
}

/**
 * Observations grouped into time series (as SDMX does): one entry per combination of series, unit,
 * area and disaggregation values, holding its observations by year. Keys are not repeated per year,
 * which keeps the largest indicators' JSON well under their CSV's size. Worked out once per indicator model
 * (the page's chart, the JSON download and the explorer's files all ask); callers never change it.
 */
export function toTimeSeries(observations: Observation[]): Grouped {
  let out = grouped.get(observations);
  if (!out) grouped.set(observations, (out = groupTimeSeries(observations)));
  return out;
}

function groupTimeSeries(observations: Observation[]) {
  return bySeries(observations).map((g) => ({
    ...g.key,
    observations: g.observations.map((o) => ({
      year: o.year,
      value: o.value,
      ...(o.status ? { status: o.status } : {}),
      ...(o.comment ? { comment: o.comment } : {}),
    })),
  }));
}

/** The JSON download: everything a script needs, without page-only fields (HTML). */
export function indicatorJson(ind: Indicator) {
  return {
    id: ind.id,
    number: ind.number,
    goal: ind.goal,
    target: ind.target.replace('-', '.'),
    title: { global: ind.globalTitle, ...(ind.nationalTitle ? { national: ind.nationalTitle } : {}) },
    reportingStatus: ind.status,
    graphType: ind.graphType,
    ...(ind.units ? { units: ind.units } : {}),
    data: ind.data
      ? {
          source: ind.data.file,
          columns: ind.data.columns,
          dimensions: ind.data.disaggregations,
          series: ind.data.series,
          units: ind.data.units,
          years: ind.data.years,
          observationCount: ind.data.observations.length,
          timeSeries: toTimeSeries(ind.data.observations),
        }
      : null,
    sources: ind.sources.map((s) => ({
      organisation: s.organisation ?? null,
      url: s.url ?? null,
      ...Object.fromEntries(s.fields.map((f) => [f.key.replace(/^source_/, '').replace(/_\d+$/, ''), f.text])),
    })),
    progress: ind.progress ?? null,
    disaggregationStatus: ind.disaggregationStatus ?? null,
    metadata: ind.meta,
  };
}
