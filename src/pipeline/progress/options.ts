/**
 * Reads an indicator's progress configuration as Open SDG does (`auto_progress_calculation`,
 * `progress_calculation_options`, `progress_status`), and reports what is wrong with it at its line.
 * A value that cannot be read (a direction other than negative/positive, a target that is not a number) is an
 * error: judged with a guess, the line could publish a wrong verdict. What Open SDG also passes over (an unknown
 * field, a limit beside a target, options with the calculation off) is a warning.
 */
import type { FieldPlace } from '../inputs/types.ts';
import type { ProblemList } from '../problems.ts';
import { nearest } from '../suggest.ts';
import { explainIssue } from '../zod-issues.ts';
import { PROGRESS_STATUS_ALIASES, ProgressOptionSchema, type ProgressOption } from '../../schemas/progress.ts';

/** Where a metadata path (`progress_calculation_options.0.target`) is written: the deepest place known. */
export type Locate = (path: readonly (string | number)[]) => FieldPlace;

export interface ProgressConfig {
  /** `auto_progress_calculation: true`: the lines below are measured. */
  auto: boolean;
  /** One per line to measure (Open SDG's `[{}]`, the headline, when none is given); `entry` names it in problems. */
  options: { option: ProgressOption; entry: string; path: (string | number)[] }[];
  /** `progress_status`, where the calculation is off. */
  manual?: { status: string; at: FieldPlace };
}

const FIELDS = ['series', 'unit', 'disaggregation', 'direction', 'base_year', 'target_year', 'target', 'limit', 'progress_thresholds'];
const HINTS: Record<string, string> = {
  direction: 'Write "negative" where a fall is progress (e.g. poverty), "positive" where a rise is (e.g. access to water).',
  target: 'Write the value to reach by the target year as a plain number (70, 0.5), without units or % signs.',
  limit: 'Write the natural floor or ceiling of the values as a plain number (e.g. 100 for a percentage).',
  base_year: 'Write a four-digit year, e.g. 2015.',
  target_year: 'Write a four-digit year, e.g. 2030.',
  progress_thresholds: 'Write the thresholds as numbers under "progress_thresholds:": high, med and low (e.g. "high: 0.015").',
  disaggregation: 'Write each breakdown as "- field: <column>" with "value: <value>" under it, as in the data.',
  series: 'Write the series as it is written in the data.',
  unit: 'Write the unit as it is written in the data.',
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (v: unknown) => (Array.isArray(v) ? 'a list' : isRecord(v) ? 'a set of fields' : typeof v === 'string' ? `"${v}"` : String(v));

function readFlag(value: unknown, at: FieldPlace, problems: ProblemList): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (value === true || value === false) return value;
  if (typeof value === 'string' && /^(true|yes|false|no)$/i.test(value.trim())) return /^(true|yes)$/i.test(value.trim());
  problems.error(at.file, at.line, `auto_progress_calculation: expected true or false, received ${describe(value)}.`,
    'Write "auto_progress_calculation: true" to calculate progress from the data, or leave the field out.');
  return false;
}

/** One entry, checked; a `group` (Open SDG 2.5) contributes each of its members. */
function readEntry(value: unknown, path: (string | number)[], entry: string, locate: Locate, problems: ProblemList, out: ProgressConfig['options']): void {
  const at = locate(path);
  if (!isRecord(value)) {
    problems.error(at.file, at.line, `${entry}: expected fields such as "direction" and "target", received ${describe(value)}.`,
      'Write the entry as "- direction: negative" with its other fields indented under it.');
    return;
  }
  if (Array.isArray(value['group'])) {
    value['group'].forEach((member, j) => readEntry(member, [...path, 'group', j], `${entry}, group entry ${j + 1}`, locate, problems, out));
    return;
  }
  for (const key of Object.keys(value).filter((k) => !FIELDS.includes(k))) {
    const guess = nearest(key, FIELDS);
    const where = locate([...path, key]);
    problems.warning(where.file, where.line, `${entry}: unknown field "${key}"; ignored.`,
      guess ? `Did you mean "${guess}"?` : `The fields of an entry are ${FIELDS.join(', ')}.`);
  }
  const parsed = ProgressOptionSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const where = locate([...path, ...issue.path]);
      const { message, hint } = explainIssue(issue, value);
      const own = HINTS[String(issue.path[0])];
      problems.error(where.file, where.line, `${entry}: ${message}`, own ? (hint.startsWith('Did you mean') ? `${hint} ${own}` : own) : hint);
    }
    return;
  }
  const option = parsed.data;
  if (option.limit !== undefined && option.target !== undefined) {
    const where = locate([...path, 'limit']);
    problems.warning(where.file, where.line, `${entry}: limit is ignored where a target is given (as Open SDG does).`,
      'Remove "limit", or remove "target" to judge the observed growth alone.');
  }
  out.push({ option, entry, path });
}

/** The progress configuration of one indicator's metadata, or undefined when it has none. */
export function readProgressConfig(meta: Record<string, unknown>, locate: Locate, problems: ProblemList): ProgressConfig | undefined {
  const hasAuto = meta['auto_progress_calculation'] !== undefined;
  const hasOptions = meta['progress_calculation_options'] !== undefined;
  const hasManual = meta['progress_status'] !== undefined && meta['progress_status'] !== null && meta['progress_status'] !== '';
  if (!hasAuto && !hasOptions && !hasManual) return undefined;
  const auto = readFlag(meta['auto_progress_calculation'], locate(['auto_progress_calculation']), problems);
  const options: ProgressConfig['options'] = [];
  const raw = meta['progress_calculation_options'];
  if (auto && Array.isArray(raw) && raw.length > 0) {
    raw.forEach((value, i) => readEntry(value, ['progress_calculation_options', i], `progress_calculation_options entry ${i + 1}`, locate, problems, options));
  } else if (auto && hasOptions && !Array.isArray(raw)) {
    const at = locate(['progress_calculation_options']);
    problems.error(at.file, at.line, `progress_calculation_options: expected a list of entries, received ${describe(raw)}.`,
      'Start each entry on its own line with "- ", e.g. "- direction: negative".');
  } else if (auto) {
    // Open SDG measures the headline with the defaults when no options are given.
    options.push({ option: {}, entry: 'auto_progress_calculation', path: ['auto_progress_calculation'] });
  } else if (hasOptions && !hasManual) {
    const at = locate(['progress_calculation_options']);
    problems.warning(at.file, at.line, 'progress_calculation_options is set, but auto_progress_calculation is not true; no progress is calculated.',
      'Add "auto_progress_calculation: true" to calculate progress, or remove the options.');
  }
  if (auto || !hasManual) return { auto, options };
  const value = meta['progress_status'];
  const at = locate(['progress_status']);
  if (typeof value !== 'string') {
    problems.warning(at.file, at.line, `progress_status: expected a status such as "moderate_progress", received ${describe(value)}; not shown.`,
      'Write one of target_achieved, substantial_progress, moderate_progress, limited_progress, deterioration, not_available.');
    return { auto, options };
  }
  const status = value.trim();
  return { auto, options, manual: { status: PROGRESS_STATUS_ALIASES[status] ?? status, at } };
}
