/**
 * Codes shown as labels, as sdg-build translates them: a cell `F` in column `SEX` reads through
 * `SEX.F` (the repository's translations/<lang>/SEX.yml), then `data.F`, then the DSD's codelists (merged into
 * the translations with a lower priority); a column through `SEX.SEX`, then `data.SEX`. Values with no
 * label are shown as written. The observations a site shows are a labelled copy; downloads keep the codes.
 */
import type { IndicatorData, Observation } from '../schemas/observation.ts';

export type Lookup = (key: string) => string | undefined;

export function columnLabel(column: string, lookup: Lookup): string {
  return lookup(`${column}.${column}`) ?? lookup(`data.${column}`) ?? column;
}

export function valueLabel(column: string | undefined, value: string, lookup: Lookup): string {
  return (column ? lookup(`${column}.${value}`) : undefined) ?? lookup(`data.${value}`) ?? value;
}

/** Labels for the distinct values of one column, only those that differ from the code. */
function relabelled(column: string | undefined, values: Iterable<string>, lookup: Lookup): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of values) {
    const label = valueLabel(column, v, lookup);
    if (label !== v) out.set(v, label);
  }
  return out;
}

/** The data with every code replaced by its label; the same object when nothing has a label. */
export function labelData(data: IndicatorData, lookup: Lookup): IndicatorData {
  const columns = new Map(data.disaggregations.map((c) => [c, columnLabel(c, lookup)]));
  const distinct = new Map<string, Set<string>>(data.disaggregations.map((c) => [c, new Set()]));
  for (const o of data.observations) for (const [k, v] of Object.entries(o.dims)) distinct.get(k)?.add(v);
  const values = new Map([...distinct].map(([c, vs]) => [c, relabelled(c, vs, lookup)]));
  const series = relabelled(data.seriesColumn, data.series, lookup);
  const units = relabelled(data.unitColumn, data.units, lookup);
  const changed = [...columns].some(([c, l]) => c !== l) || [...values.values()].some((m) => m.size > 0) || series.size > 0 || units.size > 0;
  if (!changed) return data;
  const relabel = <T extends Observation>(o: T): T => {
    const dims: Record<string, string> = {};
    for (const [k, v] of Object.entries(o.dims)) dims[columns.get(k) ?? k] = values.get(k)?.get(v) ?? v;
    return {
      ...o,
      dims,
      ...(o.series !== undefined ? { series: series.get(o.series) ?? o.series } : {}),
      ...(o.unit !== undefined ? { unit: units.get(o.unit) ?? o.unit } : {}),
    };
  };
  const observations = data.observations.map(relabel);
  return {
    ...data,
    columns: data.columns.map((c) => columns.get(c) ?? c),
    disaggregations: data.disaggregations.map((c) => columns.get(c)!),
    series: data.series.map((s) => series.get(s) ?? s),
    units: data.units.map((u) => units.get(u) ?? u),
    observations,
    ...(data.duplicates ? { duplicates: data.duplicates.map(relabel) } : {}),
  };
}
