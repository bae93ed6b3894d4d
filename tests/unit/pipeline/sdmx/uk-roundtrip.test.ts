/**
 * The bundled UK data as SDMX, read back and compared with the source files: for 1.2.1 and 8.5.1 every row of the
 * CSV as published is one SDMX-CSV row, with its year, its value (as a number) and every column, each mapped the
 * way column_mapping.csv and code_mapping.csv say (worked out here from the files themselves, not from the
 * exporter). The SDMX-JSON messages are read with an SDMX-JSON parser from npm (sdmx-json-parser) and give the
 * same observations.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { SDMXParser } from 'sdmx-json-parser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSite, type SiteModel } from '../../../../src/pipeline/index.ts';
import { sdmxCsv } from '../../../../src/pipeline/sdmx/write-csv.ts';
import { sdmxJson } from '../../../../src/pipeline/sdmx/write-json.ts';
import { repositoryFiles } from '../../../../src/site/node-files.ts';

type Row = Record<string, string>;
const csvRows = (text: string): Row[] => Papa.parse<Row>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const uk = (path: string) => readFileSync(`data/uk/${path}`, 'utf8');

const columnMap = new Map(csvRows(uk('column_mapping.csv')).map((r) => [r['Text']!.trim(), r['Value']!.trim()]));
const codeMap = new Map<string, string>();
for (const r of csvRows(uk('code_mapping.csv'))) {
  const key = `${r['Dimension']!.trim()}|${r['Text']!.trim()}`;
  if (!codeMap.has(key)) codeMap.set(key, r['Value']!.trim());
}
const RESERVED: Record<string, string> = { Year: 'TIME_PERIOD', Value: 'OBS_VALUE', Series: 'SERIES', Units: 'UNIT_MEASURE', GeoCode: 'REF_AREA', 'Observation status': 'OBS_STATUS', 'Unit multiplier': 'UNIT_MULT' };
const ATTRIBUTES = new Set(['OBS_STATUS', 'UNIT_MULT']);

/** What a source row should be in SDMX, from the mapping files' own words. */
function expected(row: Row, columns: string[]): Row {
  const unitColumn = columns.includes('Units') ? 'Units' : 'Unit measure';
  const out: Row = {};
  for (const c of columns) {
    const id = c === unitColumn ? 'UNIT_MEASURE' : RESERVED[c] ?? columnMap.get(c) ?? c.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '');
    const cell = row[c] ?? '';
    if (id === 'TIME_PERIOD' || id === 'OBS_VALUE') out[id] = cell;
    else if (cell === '') out[id] = ATTRIBUTES.has(id) ? '' : '_T';
    else out[id] = codeMap.get(`${id}|${cell}`) ?? cell;
  }
  return out;
}

const keyOf = (r: Row) => Object.keys(r).sort().map((k) => `${k}=${k === 'OBS_VALUE' && r[k] !== '' ? Number(r[k]) : r[k]}`).join('|');

let site: SiteModel;
beforeAll(async () => {
  const at = { root: 'data/uk', frameworkRoot: 'data/sdg-framework', languages: ['en'] };
  site = await loadSite(at, repositoryFiles(at));
}, 60_000);
afterAll(() => vi.unstubAllGlobals());

/** The source rows with their lines (a row starts on line 2; no quoted cell in these files spans lines). */
const sourceOf = (id: string) => csvRows(uk(`data/indicator_${id}.csv`)).map((row, i) => ({ row, line: i + 2 }));

describe.each(['1-2-1', '8-5-1'])('indicator %s as SDMX', (id) => {
  const all = sourceOf(id);
  const columns = Object.keys(all[0]!.row);
  const flow = () => site.sdmx!.flows.find((f) => f.indicator === id)!;
  // Rows that repeat an earlier row's key with another value: the report names each, and only the first is exported.
  let lines: Set<number> | undefined;
  const named = () => (lines ??= new Set(site.problems.filter((p) => p.file === `data/indicator_${id}.csv` && p.message.startsWith('Duplicate observation')).map((p) => p.line)));
  const source = () => { const skip = named(); return all.filter((r) => !skip.has(r.line)).map((r) => r.row); };

  it('names every source row it leaves out', () => {
    expect(named().size).toBe(id === '8-5-1' ? 16 : 0);
    for (const line of named()) {
      const p = site.problems.find((x) => x.line === line && x.file === `data/indicator_${id}.csv`)!;
      expect(p.message).toMatch(/as line \d+ \(value .* there, .* here\); this row is left out of charts, tables and the SDMX downloads\.$/);
    }
  });

  it('SDMX-CSV: every source row, none lost, none changed', () => {
    const parsed = csvRows(sdmxCsv([flow()]));
    expect(parsed).toHaveLength(source().length);
    expect(new Set(parsed.map((r) => r['STRUCTURE_ID']))).toEqual(new Set([`NSO:${id}(1.0)`]));
    const got = parsed.map(({ STRUCTURE: _, STRUCTURE_ID: __, ...rest }) => keyOf(rest)).sort();
    const want = source().map((r) => keyOf(expected(r, columns))).sort();
    expect(got).toEqual(want);
  });

  it('SDMX-JSON, read with sdmx-json-parser: the same observations, values as numbers', async () => {
    const text = sdmxJson(flow(), site.sdmx!, '2026-01-01T00:00:00Z');
    vi.stubGlobal('fetch', async () => new Response(text, { status: 200 }));
    const parser = new SDMXParser();
    await parser.getDatasets(`https://sdg.example.org/sdmx/data/NSO,${id},1.0/all.json?format=jsondata`);
    expect(parser.getName()).toBe(`${id.replace(/-/g, '.')} ${(site.indicators.find((i) => i.id === id)!.nationalTitle ?? site.indicators.find((i) => i.id === id)!.globalTitle)}`);
    const dims = parser.getDimensions() as { id: string; keyPosition: number; values: { id: string }[] }[];
    const attrs = parser.getAttributes() as { id: string; values: { id: string }[] }[];
    const observations = parser.getObservations() as Record<string, (number | null)[]>;
    const rows = Object.entries(observations).map(([key, [value, ...attributeAt]]) => {
      const r: Row = {};
      key.split(':').forEach((at, pos) => { const d = dims.find((x) => x.keyPosition === pos)!; r[d.id] = d.values[Number(at)]!.id; });
      attrs.forEach((a, i) => { const at = attributeAt[i]; r[a.id] = at === null || at === undefined ? '' : a.values[at]!.id; });
      r['OBS_VALUE'] = value === null || value === undefined ? '' : String(value);
      expect(value === null || typeof value === 'number').toBe(true);
      return keyOf(r);
    }).sort();
    expect(rows).toEqual(source().map((r) => keyOf(expected(r, columns))).sort());
  });
});
