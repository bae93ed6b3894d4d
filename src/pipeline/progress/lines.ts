/**
 * The line of the data an option measures, as sdg-build's `SeriesProgress.filter_data` picks it: the rows of the
 * named series and unit; then those with the named breakdown values, or, without any, the headline (every
 * breakdown blank). Names are matched as written in the data (codes) or as shown (labels). Where the rows left
 * are still several lines (two series, or another breakdown that varies), nothing is measured and the
 * configuration is reported: Open SDG stops its build there. With a `Progress` column, its values replace
 * Value in the calculation only.
 */
import type { IndicatorData, Observation } from '../../schemas/observation.ts';
import type { ProgressOption } from '../../schemas/progress.ts';
import { nearest } from '../suggest.ts';
import type { ProgressPoint } from './measure.ts';

export interface ChosenLine {
  points: ProgressPoint[];
  fromProgressColumn: boolean;
  /** The line as shown (labels) and as published (codes). */
  shown: { series?: string; unit?: string; dims: Record<string, string> };
  codes: { series?: string; unit?: string; dims: Record<string, string> };
}

/** What went wrong choosing the line, for a located warning. */
export interface LineProblem {
  /** The option's field it is about (`series`, `unit`, `disaggregation`), for the line it is reported at. */
  field?: 'series' | 'unit' | 'disaggregation';
  index?: number;
  message: string;
  hint: string;
}

const quoted = (values: Iterable<string>) => {
  const list = [...values];
  return list.length > 6 ? `${list.slice(0, 6).map((v) => `"${v}"`).join(', ')} and ${list.length - 6} more` : list.map((v) => `"${v}"`).join(', ');
};
const distinct = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => v !== undefined))];

/**
 * The rows of one line, or the problem that prevents choosing one. `raw` is the data as published, `shown` the
 * labelled copy (the same rows in the same order).
 */
export function chooseLine(option: ProgressOption, raw: IndicatorData, shown: IndicatorData): ChosenLine | LineProblem {
  let rows = raw.observations.map((o, i) => ({ raw: o, shown: shown.observations[i] ?? o }));
  for (const field of ['series', 'unit'] as const) {
    const wanted = option[field];
    if (wanted === undefined) continue;
    const kept = rows.filter((r) => r.raw[field] === wanted || r.shown[field] === wanted);
    if (kept.length === 0) {
      const has = distinct(raw.observations.map((o) => o[field]));
      const guess = nearest(wanted, has);
      return {
        field,
        message: has.length > 0 ? `${field} "${wanted}" is not in the data, which ${has.length === 1 ? 'has' : 'have'} ${quoted(has)}` : `${field} "${wanted}" is not in the data, which have no ${field} column`,
        hint: guess ? `Did you mean "${guess}"?` : `Write the ${field} exactly as in the data, or remove "${field}".`,
      };
    }
    rows = kept;
  }
  const named = new Map<string, string>();
  for (const [i, d] of (option.disaggregation ?? []).entries()) {
    const column = raw.disaggregations.includes(d.field) ? d.field : raw.disaggregations[shown.disaggregations.indexOf(d.field)];
    if (column === undefined) {
      const guess = nearest(d.field, raw.disaggregations);
      return {
        field: 'disaggregation', index: i,
        message: raw.disaggregations.length > 0
          ? `disaggregation field "${d.field}" is not a breakdown column of the data, which ${raw.disaggregations.length === 1 ? 'has' : 'have'} ${quoted(raw.disaggregations)}`
          : `disaggregation field "${d.field}" is not a column of the data, which have no breakdowns`,
        hint: guess ? `Did you mean "${guess}"?` : 'Write the column name exactly as in the data\'s header row.',
      };
    }
    const j = raw.disaggregations.indexOf(column);
    const label = shown.disaggregations[j] ?? column;
    const kept = rows.filter((r) => r.raw.dims[column] === d.value || r.shown.dims[label] === d.value);
    if (kept.length === 0) {
      const has = distinct(raw.observations.map((o) => o.dims[column]));
      const guess = nearest(d.value, has);
      return {
        field: 'disaggregation', index: i,
        message: `disaggregation value "${d.value}" is not in column "${column}"${rows.length < raw.observations.length ? ' for the series and unit chosen' : ''}, which has ${quoted(has)}`,
        hint: guess ? `Did you mean "${guess}"?` : `Write the value exactly as in the "${column}" column.`,
      };
    }
    named.set(column, label);
    rows = kept;
  }
  const others = (o: Observation) => Object.keys(o.dims).filter((k) => !named.has(k));
  const blank = rows.filter((r) => others(r.raw).length === 0);
  if (blank.length > 0) rows = blank;
  else if (named.size === 0) {
    return {
      message: 'the data have no headline (rows with every breakdown blank) to measure',
      hint: 'Name the line with "disaggregation" (a field and value for each breakdown), as Open SDG needs it there too.',
    };
  } else {
    const combos = new Set(rows.map((r) => JSON.stringify(Object.fromEntries(others(r.raw).sort().map((k) => [k, r.raw.dims[k]])))));
    if (combos.size > 1) {
      const varying = [...new Set(rows.flatMap((r) => others(r.raw)))][0]!;
      return {
        field: 'disaggregation',
        message: `the rows chosen still differ by "${varying}" (${quoted(distinct(rows.map((r) => r.raw.dims[varying])))}) and have no total for it`,
        hint: `Add a disaggregation entry for "${varying}" too.`,
      };
    }
  }
  for (const field of ['series', 'unit'] as const) {
    const values = distinct(rows.map((r) => r.raw[field]));
    if (values.length > 1) {
      return {
        message: `the line has several ${field === 'series' ? 'series' : 'units'} (${quoted(values)})`,
        hint: `Add "${field}: <one of them>" to the entry, or one entry per ${field}.`,
      };
    }
  }
  const first = rows[0]!;
  const fromProgressColumn = raw.progressColumn !== undefined;
  const pick = (o: Observation, dims: Record<string, string>) => ({
    ...(o.series !== undefined ? { series: o.series } : {}),
    ...(o.unit !== undefined ? { unit: o.unit } : {}),
    dims,
  });
  return {
    points: rows.map((r) => ({ year: r.raw.year, value: fromProgressColumn ? (r.raw.progress ?? null) : r.raw.value })),
    fromProgressColumn,
    shown: pick(first.shown, Object.fromEntries([...named].map(([column, label]) => [label, first.shown.dims[label] ?? first.raw.dims[column]!]))),
    codes: pick(first.raw, Object.fromEntries([...named.keys()].map((column) => [column, first.raw.dims[column]!]))),
  };
}

export const isLineProblem = (x: ChosenLine | LineProblem): x is LineProblem => 'message' in x;
