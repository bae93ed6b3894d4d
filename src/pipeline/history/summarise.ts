/**
 * What one revision changed, counted: values revised, added and removed, years added and removed, units
 * renamed, breakdowns added or removed, metadata fields changed. Compares two versions of an indicator's
 * CSV (and of its metadata files) as they were read from git; pure and table-tested
 * (tests/unit/pipeline/history/summarise.test.ts). The words come later, per language.
 */
import type { ChangeSummary } from '../../schemas/history.ts';
import { columnRoles, pick } from '../columns.ts';
import { parseIndicatorCsv, type ParsedCsv } from '../parse-csv.ts';
import { parseYaml, splitFrontMatter } from '../parse-yaml.ts';
import { ProblemList } from '../problems.ts';
import { sortYears } from '../years.ts';

/** One version of metadata: its fields and page text; `opaque` for files that are not text (Excel). */
export interface MetaVersion { fields: Record<string, unknown>; body: string; opaque?: Uint8Array }

/** A CSV version as the pipeline reads it; problems in old versions are not this build's to report. */
export function readCsvVersion(text: string): ParsedCsv {
  return parseIndicatorCsv(text, 'history', new ProblemList());
}

/** A metadata version: Markdown with front matter, YAML, or (any other extension) bytes compared whole. */
export function readMetaVersion(path: string, bytes: Uint8Array): MetaVersion {
  if (!/\.(md|ya?ml)$/i.test(path)) return { fields: {}, body: '', opaque: bytes };
  const text = new TextDecoder().decode(bytes);
  const { yaml, body } = /\.md$/i.test(path) ? splitFrontMatter(text) : { yaml: text, body: '' };
  return { fields: parseYaml(yaml, 'history', new ProblemList()).data, body };
}

const ROLES = columnRoles();
/** Columns that describe a value rather than locate it: changes to them are not new observations. */
const ANNOTATIONS = new Set([...ROLES.status, ...ROLES.comment, ...ROLES.unitMultiplier, 'COMMENT_TS', 'Value']);
const EMPTY: ParsedCsv = { columns: [], records: [] };

export const emptySummary = (): ChangeSummary => ({
  valuesRevised: 0, valuesAdded: 0, valuesRemoved: 0, statusChanged: 0, yearsAdded: [], yearsRemoved: [],
  unitsRenamed: [], columnsAdded: [], columnsRemoved: [], metadataChanged: [],
});

interface Cell { value: string; status: string; year: string }

const sameNumber = (a: string, b: string) => (Number.isFinite(Number(a)) && Number.isFinite(Number(b)) ? Number(a) === Number(b) : a === b);

/** Every value of a table by the cells that locate it (year, series, unit, breakdowns), the first of duplicates kept. */
function cellsOf(csv: ParsedCsv, keyColumns: string[], unitColumn: string | undefined, rename: Map<string, string>): Map<string, Cell> {
  const status = pick(csv.columns, ROLES.status);
  const cells = new Map<string, Cell>();
  for (const { cells: row } of csv.records) {
    const key = JSON.stringify(keyColumns.map((c) => (c === unitColumn ? (rename.get(row[c] ?? '') ?? row[c] ?? '') : (row[c] ?? ''))));
    if (!cells.has(key)) cells.set(key, { value: row['Value'] ?? '', status: status ? (row[status] ?? '') : '', year: row['Year'] ?? '' });
  }
  return cells;
}

const distinct = (csv: ParsedCsv, column: string | undefined) => [...new Set(column ? csv.records.map((r) => r.cells[column] ?? '').filter(Boolean) : [])];
const yearsWithValues = (cells: Map<string, Cell>) => new Set([...cells.values()].filter((c) => c.value !== '').map((c) => c.year));

/** Adds what changed between two versions of the data to `out`. `before` undefined: the file is new. */
function compareData(before: ParsedCsv | undefined, after: ParsedCsv | undefined, out: ChangeSummary, unitCandidates: string[]): void {
  const old = before ?? EMPTY;
  const now = after ?? EMPTY;
  if (before && !after) {
    out.dataRemoved = true;
    return;
  }
  const unitColumn = pick(now.columns, unitCandidates) ?? pick(old.columns, unitCandidates);
  // A unit that disappears while another appears, the same number of each: renamed, paired in order of appearance.
  const rename = new Map<string, string>();
  if (before && after && unitColumn) {
    const was = distinct(old, unitColumn);
    const is = distinct(now, unitColumn);
    const gone = was.filter((u) => !is.includes(u));
    const came = is.filter((u) => !was.includes(u));
    if (gone.length > 0 && gone.length === came.length) gone.forEach((u, i) => { rename.set(u, came[i]!); out.unitsRenamed.push({ from: u, to: came[i]! }); });
  }
  if (before && after) {
    const breakdowns = (c: ParsedCsv) => c.columns.filter((name) => name && !ANNOTATIONS.has(name) && !ROLES.notBreakdown.has(name) && !unitCandidates.includes(name));
    out.columnsAdded.push(...breakdowns(now).filter((c) => !old.columns.includes(c)));
    out.columnsRemoved.push(...breakdowns(old).filter((c) => !now.columns.includes(c)));
  }
  const keyColumns = [...new Set([...old.columns, ...now.columns])].filter((c) => c && !ANNOTATIONS.has(c));
  const was = cellsOf(old, keyColumns, unitColumn, rename);
  const is = cellsOf(now, keyColumns, unitColumn, new Map());
  const yearsBefore = yearsWithValues(was);
  const yearsAfter = yearsWithValues(is);
  const added = new Set([...yearsAfter].filter((y) => !yearsBefore.has(y)));
  const removed = new Set([...yearsBefore].filter((y) => !yearsAfter.has(y)));
  if (!before) {
    out.created = { values: [...is.values()].filter((c) => c.value !== '').length, years: sortYears([...yearsAfter]) };
    return;
  }
  out.yearsAdded = sortYears([...added]);
  out.yearsRemoved = sortYears([...removed]);
  for (const [key, n] of is) {
    const o = was.get(key);
    const had = o !== undefined && o.value !== '';
    if (!had && n.value !== '') { if (!added.has(n.year)) out.valuesAdded++; }
    else if (had && n.value === '') { if (!removed.has(o.year)) out.valuesRemoved++; }
    else if (had && !sameNumber(o.value, n.value)) out.valuesRevised++;
    else if (had && o.status !== n.status) out.statusChanged++;
  }
  for (const [key, o] of was) if (!is.has(key) && o.value !== '' && !removed.has(o.year)) out.valuesRemoved++;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const unitText = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** Adds the metadata fields that changed between two versions of one metadata file. */
function compareMeta(before: MetaVersion | undefined, after: MetaVersion | undefined, out: ChangeSummary): void {
  if (before?.opaque || after?.opaque) {
    if (!before || !after || !same([...before.opaque ?? []], [...after.opaque ?? []])) out.metadataChanged.push('file');
    return;
  }
  const was = before?.fields ?? {};
  const is = after?.fields ?? {};
  for (const key of new Set([...Object.keys(was), ...Object.keys(is)])) {
    if (same(was[key], is[key])) continue;
    if (key === 'computation_units' && unitText(was[key]) && unitText(is[key])) {
      out.unitsRenamed.push({ from: unitText(was[key]), to: unitText(is[key]) });
      continue;
    }
    out.metadataChanged.push(key);
  }
  if ((before?.body ?? '').trim() !== (after?.body ?? '').trim()) out.metadataChanged.push('body');
}

export interface Versions {
  /** The CSV before and after (undefined: no file then); omitted when the CSV did not change. */
  data?: { before?: ParsedCsv; after?: ParsedCsv };
  /** Each metadata file that changed, before and after. */
  meta: { before?: MetaVersion; after?: MetaVersion }[];
  /** The unit column names the repository uses (Units, Unit measure, UNIT_MEASURE, or its `unit_column`). */
  unitColumns?: string[];
}

/** What a revision changed. A revision that brings the indicator's first data or metadata is `created`. */
export function summariseChange(v: Versions): ChangeSummary {
  const out = emptySummary();
  const unitColumns = v.unitColumns ?? ROLES.unit;
  const metaCreated = v.meta.length > 0 && v.meta.every((m) => !m.before);
  if (v.data) compareData(v.data.before, v.data.after, out, unitColumns);
  if (metaCreated && (!v.data || !v.data.before)) {
    out.created ??= { values: 0, years: [] };
    return out;
  }
  for (const m of v.meta) compareMeta(m.before, m.after, out);
  out.metadataChanged = [...new Set(out.metadataChanged)];
  return out;
}

/** True when nothing countable changed (a file reformatted, a comment edited). */
export const isQuiet = (s: ChangeSummary) => !s.created && !s.dataRemoved && s.valuesRevised + s.valuesAdded + s.valuesRemoved + s.statusChanged === 0 &&
  s.yearsAdded.length + s.yearsRemoved.length + s.unitsRenamed.length + s.columnsAdded.length + s.columnsRemoved.length + s.metadataChanged.length === 0;
