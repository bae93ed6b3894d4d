/**
 * What one revision changed, counted: values revised, added and removed, years added and removed, units
 * renamed, breakdowns added or removed, metadata fields changed. Compares two versions of an indicator's
 * CSV (and of its metadata files) as they were read from git; pure and table-tested
 * (tests/unit/pipeline/history/summarise.test.ts). The words come later, per language.
 */
import type { ChangeSummary } from '../../schemas/history.ts';
import { columnRoles, pick } from '../columns.ts';
import Papa from 'papaparse';
import type { ParsedCsv } from '../parse-csv.ts';
import { parseYaml, splitFrontMatter } from '../parse-yaml.ts';
import { ProblemList } from '../problems.ts';
import { sortYears } from '../years.ts';

/** One version of metadata: its fields and page text; `opaque` for files that are not text (Excel). */
export interface MetaVersion { fields: Record<string, unknown>; body: string; opaque?: Uint8Array }

/**
 * A CSV version, read for comparison only: cells trimmed, blank rows skipped, no line numbers and no problems
 * (an old version's problems are not this build's to report). Line by line where no cell holds a line break,
 * several times faster than the pipeline's reader, which keeps line numbers history has no use for.
 */
export function readCsvVersion(text: string): ParsedCsv {
  // Line by line, unless a cell holds a line break: then papaparse reads the whole file.
  const all = lines(text);
  const rows = all.some(openQuote)
    ? Papa.parse<string[]>(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { skipEmptyLines: 'greedy' }).data.map((r) => r.map((c) => c.trim()))
    : all.map(cellsOfLine);
  const header = rows[0] ?? [];
  const records = rows.slice(1).map((cells) => {
    const record: Record<string, string> = {};
    header.forEach((name, i) => { if (name) record[name] = cells[i] ?? ''; });
    return { line: 0, cells: record };
  });
  return { columns: header.filter(Boolean), records };
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
    let key = '';
    for (const c of keyColumns) key += `${c === unitColumn ? (rename.get(row[c] ?? '') ?? row[c] ?? '') : (row[c] ?? '')}\u0001`;
    if (!cells.has(key)) cells.set(key, { value: row['Value'] ?? '', status: status ? (row[status] ?? '') : '', year: row['Year'] ?? '' });
  }
  return cells;
}

const distinct = (csv: ParsedCsv, column: string | undefined) => [...new Set(column ? csv.records.map((r) => r.cells[column] ?? '').filter(Boolean) : [])];
const yearsWithValues = (cells: Map<string, Cell>) => new Set([...cells.values()].filter((c) => c.value !== '').map((c) => c.year));

/** What the rows a comparison does not see hold (the lines both versions share, when only the changed ones are compared). */
interface Unseen {
  /** True when the unseen rows have a value for `year`. */
  hasYear(year: string): boolean;
  /** True when the unseen rows still use `unit`. */
  hasUnit(unit: string): boolean;
}
const NOTHING_UNSEEN: Unseen = { hasYear: () => false, hasUnit: () => false };

/** Adds what changed between two versions of the data to `out`. `before` undefined: the file is new. */
function compareData(before: ParsedCsv | undefined, after: ParsedCsv | undefined, out: ChangeSummary, unitCandidates: string[], unseen = NOTHING_UNSEEN): void {
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
    const gone = was.filter((u) => !is.includes(u) && !unseen.hasUnit(u));
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
  const added = new Set([...yearsAfter].filter((y) => !yearsBefore.has(y) && !unseen.hasYear(y)));
  const removed = new Set([...yearsBefore].filter((y) => !yearsAfter.has(y) && !unseen.hasYear(y)));
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

const NOT_BLANK = /[^,\s]/;
const lines = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)).filter((l) => NOT_BLANK.test(l));
/** A line that opens a quoted cell it does not close (a line break inside a cell): lines are then not rows. */
const openQuote = (line: string) => line.includes('"') && (line.split('"').length - 1) % 2 === 1;

/** The cells of one CSV line without line breaks in it (RFC 4180 quotes: `"a, b"`, `""` for a quote), trimmed. */
export function cellsOfLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',').map((c) => c.trim());
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { cells.push(cell.trim()); cell = ''; }
    else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * Two versions with the same header usually differ in a few lines: those are compared as rows, and the lines both
 * share are only looked into for what the comparison must know (does a year keep a value elsewhere, is a unit still
 * used). Many times faster than reading both files whole; undefined (compare them whole) when the headers differ or
 * a cell holds a line break.
 */
function compareChangedLines(before: string, after: string, out: ChangeSummary, unitCandidates: string[]): boolean {
  const was = lines(before);
  const is = lines(after);
  if (was[0]?.trim() !== is[0]?.trim() || was.some(openQuote) || is.some(openQuote)) return false;
  const count = new Map<string, number>();
  for (const l of was.slice(1)) count.set(l, (count.get(l) ?? 0) + 1);
  const added: string[] = [];
  const shared: string[] = [];
  for (const l of is.slice(1)) {
    const n = count.get(l) ?? 0;
    if (n > 0) { count.set(l, n - 1); shared.push(l); } else added.push(l);
  }
  const removed = [...count].flatMap(([l, n]) => Array<string>(n).fill(l));
  if (added.length === 0 && removed.length === 0) return true;
  const header = cellsOfLine(is[0]!);
  const year = header.indexOf('Year');
  const value = header.indexOf('Value');
  const unit = header.findIndex((c) => unitCandidates.includes(c));
  const unseen: Unseen = {
    hasYear: (y) => shared.some((l) => l.includes(y) && ((c) => c[year] === y && (c[value] ?? '') !== '')(cellsOfLine(l))),
    hasUnit: (u) => unit >= 0 && shared.some((l) => l.includes(u) && cellsOfLine(l)[unit] === u),
  };
  compareData(readCsvVersion([is[0]!, ...removed].join('\n')), readCsvVersion([is[0]!, ...added].join('\n')), out, unitCandidates, unseen);
  return true;
}

/** A file's first version: how many values, for which years (read line by line where no cell holds a line break). */
function firstVersion(text: string): { values: number; years: string[] } {
  const all = lines(text);
  const rows = all.some(openQuote) ? readCsvVersion(text).records.map((r) => r.cells) : undefined;
  const header = cellsOfLine(all[0] ?? '');
  const year = header.indexOf('Year');
  const value = header.indexOf('Value');
  const years = new Set<string>();
  let values = 0;
  const count = (y: string | undefined, v: string | undefined) => { if (v) { values++; if (y) years.add(y); } };
  if (rows) for (const r of rows) count(r['Year'], r['Value']);
  else for (const l of all.slice(1)) { const c = cellsOfLine(l); count(c[year], c[value]); }
  return { values, years: sortYears([...years]) };
}

export interface Versions {
  /** The CSV text before and after (undefined: no file then); omitted when the CSV did not change. */
  data?: { before?: string; after?: string };
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
  if (v.data) {
    const { before, after } = v.data;
    if (before === undefined && after !== undefined) out.created = firstVersion(after);
    else if (before === undefined || after === undefined || !compareChangedLines(before, after, out, unitColumns)) {
      compareData(before === undefined ? undefined : readCsvVersion(before), after === undefined ? undefined : readCsvVersion(after), out, unitColumns);
    }
  }
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
