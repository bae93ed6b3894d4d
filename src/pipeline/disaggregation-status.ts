/**
 * Open SDG's "disaggregation status": for an indicator whose metadata lists `expected_disaggregations` (columns of
 * its data), which of them the data report and which are missing. As sdg-build's DisaggregationStatusService
 * counts it: `complete` when every expected column is in the data, `inprogress` when some are, `notstarted` when
 * none are (or there are no data), `notapplicable` when nothing is expected. Names are compared as written.
 */
import type { IndicatorData } from '../schemas/observation.ts';
import type { ProblemList } from './problems.ts';
import type { FieldPlace } from './inputs/types.ts';

export const DISAGGREGATION_STATUSES = ['complete', 'inprogress', 'notstarted', 'notapplicable'] as const;
export type DisaggregationStatusValue = (typeof DISAGGREGATION_STATUSES)[number];

export interface DisaggregationStatus {
  status: DisaggregationStatusValue;
  /** Each expected breakdown, in the metadata's order, with its name as shown and whether the data report it. */
  expected: { column: string; label: string; reported: boolean }[];
}

/**
 * The status of one indicator, or undefined when its metadata expect nothing (`notapplicable`, shown nowhere but
 * in the counts). A value that is not a list of column names is reported and read as nothing expected.
 */
export function disaggregationStatus(value: unknown, raw: IndicatorData | undefined, label: (column: string) => string, at: FieldPlace, problems: ProblemList): DisaggregationStatus | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
    problems.warning(at.file, at.line, 'expected_disaggregations: expected a list of column names, received a set of fields; ignored.',
      'Write each expected breakdown on its own line, e.g. "- Sex".');
    return undefined;
  }
  const columns = [...new Set(list.map((v) => String(v).trim()).filter(Boolean))];
  if (columns.length === 0) return undefined;
  const actual = new Set(raw?.disaggregations ?? []);
  const expected = columns.map((column) => ({ column, label: label(column), reported: actual.has(column) }));
  const reported = expected.filter((e) => e.reported).length;
  return { status: reported === expected.length ? 'complete' : reported > 0 ? 'inprogress' : 'notstarted', expected };
}
