/**
 * One indicator's observations as SDMX rows, in one pass: codes mapped through the repository's mapping, blank
 * breakdowns written as totals (`_T`), every value kept as a number. What cannot be mapped is exported as written
 * and reported, aggregated per file so a repository's report reads as a few lines; a row whose SDMX key repeats an
 * earlier one is left out and named.
 */
import type { Dsd } from '../inputs/sdmx-dsd.ts';
import type { ProblemList } from '../problems.ts';
import type { IndicatorData, Observation } from '../../schemas/observation.ts';
import type { ColumnPlan } from './columns.ts';
import { CODE_ID, isTimePeriod } from './ids.ts';
import type { SdmxMapping } from './mapping.ts';
import type { SdmxCell } from './model.ts';

/** Codes for a dimension a row leaves blank, where a total (`_T`) would be wrong (sdg-build's defaults). */
const CODE_LIKE = /^[A-Z0-9][A-Z0-9_]*$/;
const BLANK_DEFAULTS: Record<string, string> = { FREQ: 'A', REPORTING_TYPE: 'N' };

export interface ExportContext {
  mapping: SdmxMapping;
  dsd?: Dsd;
  /** The DSD's file, for messages. */
  dsdFile?: string;
  refArea: string;
  problems: ProblemList;
  /** Report values the mapping does not code and years SDMX cannot read (when the repository maps to SDMX). */
  checkCodes: boolean;
}

/** Where a code came from: the first cell that gave it (for its name in each language). */
export interface CodeSource {
  column: string;
  value: string;
}

export interface IndicatorRows {
  rows: SdmxCell[][];
  /** Per component (same order as the plans): the codes used, with the cell each came from first. */
  codes: Map<string, CodeSource>[];
  /** Per component: true when every value is a valid code id (so a codelist can hold them). */
  codable: boolean[];
}

const quoteList = (values: readonly string[], max = 5) =>
  `${values.slice(0, max).map((v) => `"${v}"`).join(', ')}${values.length > max ? ` and ${values.length - max} more` : ''}`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Per file, per key, the values met and the first line of each. */
class Found {
  readonly byFile = new Map<string, Map<string, Map<string, number>>>();
  add(file: string, key: string, value: string, line: number): void {
    const keys = this.byFile.get(file) ?? new Map<string, Map<string, number>>();
    this.byFile.set(file, keys);
    const values = keys.get(key) ?? new Map<string, number>();
    keys.set(key, values);
    if (!values.has(value)) values.set(value, line);
  }
}

/** The DSD codelist's codes by name in any language (a message read without import_codes holds names). */
function codesByName(dsd: Dsd, codelist: string, cache: Map<string, Map<string, string>>): Map<string, string> {
  let byName = cache.get(codelist);
  if (!byName) {
    byName = new Map();
    for (const [code, names] of dsd.codelists.get(codelist) ?? []) for (const name of names.values()) if (!byName.has(name)) byName.set(name, code);
    cache.set(codelist, byName);
  }
  return byName;
}

export function indicatorRows(data: IndicatorData, plans: ColumnPlan[], ctx: ExportContext): IndicatorRows {
  const { mapping, dsd, problems } = ctx;
  const fileOf = (o: Observation) => o.file ?? data.file;
  const unmapped = new Found();
  const outside = new Found();
  const periods = new Found();
  const names = new Map<string, Map<string, string>>();
  const codes = plans.map(() => new Map<string, CodeSource>());
  const codable = plans.map(() => true);

  const codeOf = (p: ColumnPlan, value: string, o: Observation): string => {
    if (value === '') {
      if (p.role !== 'dimension') return '';
      return mapping.codes.get(p.concept)?.get('') ?? (p.concept === 'REF_AREA' ? ctx.refArea : BLANK_DEFAULTS[p.concept]) ?? '_T';
    }
    const mapped = mapping.codes.get(p.concept)?.get(value);
    const list = p.dsd?.codelist && dsd?.codelists.get(p.dsd.codelist);
    if (list) {
      if (list.has(value)) return value;
      const code = mapped ?? codesByName(dsd!, p.dsd!.codelist!, names).get(value);
      if (code !== undefined && list.has(code)) return code;
      outside.add(fileOf(o), p.id, code ?? value, o.line);
      return code ?? value;
    }
    if (mapped !== undefined) return mapped;
    // A value already written as a code (PT, PER_1000_LIVE_BIRTHS) needs no mapping; a label (Female) does.
    if (p.expectsCodes && !mapping.known.get(p.concept)?.has(value) && !CODE_LIKE.test(value)) unmapped.add(fileOf(o), p.source, value, o.line);
    return value;
  };

  // A file repeats the same few values thousands of times: each is mapped (and reported) once, where first met.
  const memo = plans.map(() => new Map<string, string>());
  const periodOk = new Map<string, boolean>();
  const rows: SdmxCell[][] = [];
  const n = plans.length;
  const inKey = plans.map((p) => p.role === 'dimension' || p.role === 'time');
  for (const o of data.observations) {
    const row: SdmxCell[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const p = plans[i]!;
      if (p.role === 'measure') {
        row[i] = o.value;
        continue;
      }
      const raw = p.get(o);
      let cell: string;
      if (p.role === 'time') {
        let ok = periodOk.get(raw);
        if (ok === undefined) {
          ok = isTimePeriod(raw);
          periodOk.set(raw, ok);
          if (!ok) periods.add(fileOf(o), 'Year', raw, o.line);
        }
        cell = raw;
      } else {
        const known = memo[i]!.get(raw);
        if (known !== undefined) cell = known;
        else {
          cell = codeOf(p, raw, o);
          memo[i]!.set(raw, cell);
          if (cell !== '') {
            if (!codes[i]!.has(cell)) codes[i]!.set(cell, { column: p.source, value: raw });
            if (!CODE_ID.test(cell)) codable[i] = false;
          }
        }
      }
      row[i] = cell;
    }
    rows.push(row);
  }
  // The model already keeps one row per Year, Series, Units, GeoCode and breakdowns; where each of those is a
  // dimension and each mapping keeps distinct values distinct, SDMX keys are unique without checking.
  const keyed = new Set(plans.filter((_, i) => inKey[i]).map((p) => p.source));
  const covered = ['Year', data.seriesColumn, data.unitColumn, 'GeoCode', ...data.disaggregations].every((c) => !c || !data.columns.includes(c) || keyed.has(c));
  const injective = plans.every((p, i) => !inKey[i] || p.role === 'time' || new Set(memo[i]!.values()).size === memo[i]!.size);
  const kept = covered && injective ? rows : uniqueRows(rows, data, plans, inKey, problems);
  if (ctx.checkCodes) report(unmapped, outside, periods, plans, ctx);
  return { rows: kept, codes, codable };
}

/** The rows whose SDMX key no earlier row has; each one left out is named, with the line it repeats. */
function uniqueRows(rows: SdmxCell[][], data: IndicatorData, plans: ColumnPlan[], inKey: boolean[], problems: ProblemList): SdmxCell[][] {
  const keyAt = plans.flatMap((_, i) => (inKey[i] ? [i] : []));
  const seen = new Map<string, { o: Observation; row: SdmxCell[] }>();
  return rows.filter((row, r) => {
    const o = data.observations[r]!;
    const key = keyAt.map((i) => row[i]).join('\u001f');
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, { o, row });
      return true;
    }
    // The same observation written twice (a blank and a _T for the total) loses nothing: it is exported once.
    if (row.every((cell, i) => cell === earlier.row[i])) return false;
    const first = earlier.o;
    const file = o.file ?? data.file;
    const firstFile = first.file ?? data.file;
    const shown = keyAt.map((i) => `${plans[i]!.id}=${row[i]}`).join(', ');
    problems.warning(file, o.line, `SDMX: this row has the same SDMX key as ${firstFile !== file ? `${firstFile} ` : ''}line ${first.line} (${shown}); only line ${first.line} is in the SDMX downloads.`,
      'Map the values that tell the two rows apart to different codes (code_mapping.csv), or give the column its own concept.', 'SDMX: rows with the same SDMX key as an earlier row, left out of the SDMX downloads');
    return false;
  });
}

function report(unmapped: Found, outside: Found, periods: Found, plans: ColumnPlan[], ctx: ExportContext): void {
  const { problems, mapping } = ctx;
  const codeFile = mapping.codeFile ?? 'code_mapping.csv';
  for (const [file, columns] of unmapped.byFile) {
    for (const [column, values] of columns) {
      const concept = plans.find((p) => p.source === column)!.concept;
      const list = [...values.keys()];
      problems.warning(file, Math.min(...values.values()),
        `SDMX: column "${column}" (${concept}): ${plural(list.length, 'value has', 'values have')} no code in ${codeFile}: ${quoteList(list)}; exported as written.`,
        `Add a line per value to ${codeFile} (${mapping.codeFile ? '' : 'header Text,Dimension,Value; '}e.g. "${list[0]},${concept},<code>").`,
        'SDMX: values with no code in the code mapping, exported as written');
    }
  }
  for (const [file, components] of outside.byFile) {
    for (const [id, values] of components) {
      const codelist = plans.find((p) => p.id === id)?.dsd?.codelist ?? '';
      for (const [value, line] of values) {
        problems.warning(file, line, `SDMX: ${id} code "${value}" is not in the DSD's codelist ${codelist}; exported as written.`,
          `Use a code of ${codelist} (${ctx.dsdFile ?? 'the DSD'}), map the value in ${codeFile}, or add the code to the DSD.`,
          'SDMX: codes not in the DSD\'s codelist, exported as written');
      }
    }
  }
  for (const [file, keys] of periods.byFile) {
    const values = keys.get('Year')!;
    const list = [...values.keys()];
    problems.warning(file, Math.min(...values.values()),
      `SDMX: ${plural(list.length, 'year is not an SDMX time period', 'years are not SDMX time periods')} (such as 2015, 2015-Q1 or 2015-04-01/P1Y): ${quoteList(list)}; exported as written.`,
      'Write years as SDMX does (a financial year 2021/22 as 2021-04-01/P1Y) if SDMX tools must read them as dates; notes belong in COMMENT_OBS.',
      'SDMX: years that are not SDMX time periods, exported as written');
  }
}
