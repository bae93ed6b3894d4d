/**
 * Turns one SDMX data message into Open SDG data tables, the way sdg-build's InputSdmx does: a table
 * per indicator that the series' SERIES code belongs to, with Year and Value and one column per
 * remaining dimension or attribute. Codes become names (or stay codes with `import_codes`), `_T`
 * (total) becomes an empty cell, and columns that are empty or hold one value throughout are dropped.
 */
import type { ParsedCsv } from '../parse-csv.ts';
import { dsdComponent, type Dsd } from './sdmx-dsd.ts';
import type { SdmxMessage } from './sdmx-message.ts';
import type { DataTable, LangTranslations } from './types.ts';

export interface TableOptions {
  /** `DIM` → column name, `DIM|CODE` → cell value; '' drops the column (or empties the cell). */
  dimensionMap: Map<string, string>;
  dropDimensions: Set<string>;
  dropSingletons: boolean;
  importCodes: boolean;
  importSeriesAttributes: boolean;
  importObservationAttributes: boolean;
  /** SERIES code → indicator ids, overriding the DSD's annotations. */
  indicatorIdMap: Map<string, string[]>;
}

/** Observations left out because their SERIES code leads to no indicator, counted per code across files. */
export interface Skipped {
  reason: 'not-in-dsd' | 'no-indicator' | 'no-series';
  file: string;
  line: number;
  observations: number;
  files: Set<string>;
}

const TOTAL = '_T';
const firstName = (names: Map<string, string> | undefined): string | undefined => names?.values().next().value;

/** Column name for a component: the dimension_map's, else its id (import_codes) or concept name. */
function columnName(dsd: Dsd, opts: TableOptions, id: string): string {
  const mapped = opts.dimensionMap.get(id);
  if (mapped !== undefined) return mapped;
  if (opts.importCodes) return id;
  return firstName(dsd.concepts.get(dsdComponent(dsd, id)?.concept ?? id)) ?? id;
}

/** Cell value for a code: the dimension_map's, '' for a total, else the code (import_codes) or its name. */
function cellValue(dsd: Dsd, opts: TableOptions, id: string, code: string): string {
  const mapped = opts.dimensionMap.get(`${id}|${code}`);
  if (mapped !== undefined) return mapped;
  if (code === TOTAL) return '';
  if (opts.importCodes) return code;
  const codelist = dsdComponent(dsd, id)?.codelist;
  return (codelist && firstName(dsd.codelists.get(codelist)?.get(code))) || code;
}

interface Building {
  columns: Set<string>;
  /** Columns that came from attributes, not dimensions. */
  attributes: Set<string>;
  rows: { line: number; cells: Map<string, string> }[];
}

function toTable(b: Building, dropSingletons: boolean): ParsedCsv {
  const constants: Record<string, string> = {};
  const columns = ['Year', 'Value', ...[...b.columns].filter((c) => c !== 'Year' && c !== 'Value')].filter((c) => {
    if (c === 'Year' || c === 'Value') return true;
    const distinct = new Set(b.rows.map((r) => r.cells.get(c) ?? ''));
    // sdg-build drops all-empty columns always, and single-valued ones with drop_singleton_dimensions.
    if (distinct.size === 1 && distinct.has('')) return false;
    if (dropSingletons && distinct.size === 1) {
      // Not shown, but the SDMX downloads need it: a series of women only is not a total.
      constants[c] = [...distinct][0]!;
      return false;
    }
    return true;
  });
  const kept = Object.keys(constants).length > 0 ? { constants } : {};
  return {
    columns,
    records: b.rows.map((r) => ({ line: r.line, cells: Object.fromEntries(columns.map((c) => [c, r.cells.get(c) ?? ''])), ...kept })),
  };
}

/** The tables of one message (one per indicator id, in order of first appearance); skipped series go to `skipped`. */
export function messageToTables(msg: SdmxMessage, file: string, dsd: Dsd, opts: TableOptions, skipped: Map<string, Skipped>): DataTable[] {
  const byIndicator = new Map<string, Building>();
  const isAttribute = (id: string) => dsd.attributes.some((a) => a.id === id) && !dsd.dimensions.some((d) => d.id === id);
  // A file repeats the same few codes thousands of times; look each up once.
  const names = new Map<string, string>();
  const values = new Map<string, string>();
  const nameOf = (id: string) => names.get(id) ?? names.set(id, columnName(dsd, opts, id)).get(id)!;
  const valueOf = (id: string, code: string) => {
    const key = `${id}|${code}`;
    return values.get(key) ?? values.set(key, cellValue(dsd, opts, id, code)).get(key)!;
  };
  // The first place a code is met is where its warning points.
  const skip = (code: string, reason: Skipped['reason'], line: number) => {
    const s = skipped.get(code) ?? { reason, file, line, observations: 0, files: new Set<string>() };
    s.observations++;
    s.files.add(file);
    skipped.set(code, s);
  };

  const attributeColumns = new Set<string>();
  for (const series of msg.series) {
    for (const obs of series.obs) {
      const row = new Map<string, string>([['Year', ''], ['Value', '']]);
      let code: string | undefined;
      const put = (id: string, value: string, level: 'series' | 'observation') => {
        if (id === 'TIME_PERIOD') return void row.set('Year', value);
        if (id === 'OBS_VALUE') return void row.set('Value', value);
        if (id === 'SERIES') code = value;
        if (opts.dropDimensions.has(id)) return;
        if (level === 'series' && !opts.importSeriesAttributes && isAttribute(id)) return;
        // sdg-build always takes the unit of measure, even from the observations.
        if (level === 'observation' && !opts.importObservationAttributes && id !== 'UNIT_MEASURE') return;
        const name = nameOf(id);
        if (name === '') return;
        row.set(name, valueOf(id, value));
        if (isAttribute(id)) attributeColumns.add(name);
      };
      for (const [id, value] of series.values) put(id, value, 'series');
      for (const [id, value] of obs.values) put(id, value, 'observation');

      if (code === undefined) {
        skip('', 'no-series', series.line);
        continue;
      }
      const ids = opts.indicatorIdMap.get(code) ?? dsd.series.get(code)?.map((i) => i.id);
      if (!ids || ids.length === 0) {
        skip(code, ids ? 'no-indicator' : 'not-in-dsd', series.line);
        continue;
      }
      for (const id of ids) {
        const b = byIndicator.get(id) ?? { columns: new Set<string>(), attributes: attributeColumns, rows: [] };
        byIndicator.set(id, b);
        for (const column of row.keys()) b.columns.add(column);
        b.rows.push({ line: obs.line, cells: row });
      }
    }
  }
  return [...byIndicator].map(([id, b]) => {
    const table = toTable(b, opts.dropSingletons);
    const notBreakdowns = table.columns.filter((c) => b.attributes.has(c));
    return { id, file, table, ...(notBreakdowns.length > 0 ? { notBreakdowns } : {}) };
  });
}

/**
 * Labels from the DSD, as sdg-build's TranslationInputSdmx makes them: per language,
 * `DIM.CODE` → code name and `DIM.DIM` → concept name, with dimension_map renames applied
 * ('' leaves the dimension or code out). The time dimension and untranslated names are skipped.
 */
export function dsdTranslations(dsd: Dsd, dimensionMap: Map<string, string>): LangTranslations {
  const out: LangTranslations = new Map();
  const add = (lang: string, key: string, text: string) => {
    if (lang === '') return;
    const group = out.get(lang) ?? new Map<string, string>();
    out.set(lang, group);
    group.set(key, text);
  };
  for (const c of [...dsd.dimensions, ...dsd.attributes]) {
    if (c.kind === 'time') continue;
    const group = dimensionMap.get(c.id) ?? c.id;
    if (group === '') continue;
    for (const [lang, text] of dsd.concepts.get(c.concept) ?? []) add(lang, `${group}.${group}`, text);
    for (const [code, names] of (c.codelist && dsd.codelists.get(c.codelist)) || []) {
      const key = dimensionMap.get(`${c.id}|${code}`) ?? code;
      if (key === '') continue;
      for (const [lang, text] of names) add(lang, `${group}.${key}`, text);
    }
  }
  return out;
}
