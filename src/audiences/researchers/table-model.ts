/**
 * The researcher table's rules, shared by the build (filter choices) and the page's script (rows, filters,
 * sorting): pure, with no imports, so the browser gets only these few lines.
 */
export type Row = string[];

/** The CSV as written by papaparse (quotes doubled inside quoted cells), into rows of cells. */
export function parseCsv(text: string): Row[] {
  const rows: Row[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** A time series as the indicator's JSON holds it (src/site/indicator-json.ts). */
export interface JsonSeries {
  series?: string; unit?: string; unitMultiplier?: string; geoCode?: string;
  dimensions: Record<string, string>;
  observations: { year: string; value: number | null; status?: string }[];
}

/**
 * The page's rows from the indicator's JSON (one per observation, by time series then year, as the page lists its
 * first rows): `keys` says what each column holds (see `pageColumnKeys` in tidy.ts), `total` is the page's word for
 * a breakdown's total.
 */
export function jsonRows(timeSeries: readonly JsonSeries[], keys: readonly string[], total: string): Row[] {
  const rows: Row[] = [];
  for (const ts of timeSeries) {
    for (const o of ts.observations) {
      rows.push(keys.map((key) => {
        switch (key) {
          case 'year': return o.year;
          case 'value': return o.value === null ? '' : String(o.value);
          case 'status': return o.status ?? '';
          case 'series': return ts.series ?? '';
          case 'unit': return ts.unit ?? '';
          case 'multiplier': return ts.unitMultiplier ?? '';
          case 'geoCode': return ts.geoCode ?? '';
          default: return key.startsWith('dim:') ? (ts.dimensions[key.slice(4)] ?? total) : '';
        }
      }));
    }
  }
  return rows;
}

/** Column index → the value a row must have there, exactly ("Male" never matches "Female"). */
export type Filters = ReadonlyMap<number, string>;

export const matches = (row: Row, filters: Filters): boolean => [...filters].every(([col, value]) => row[col] === value);

/** Orders two cells of a column: blanks last whichever way, numbers by value where the column is numeric. */
export function compareCells(a: string, b: string, dir: 1 | -1, numeric: boolean, lang?: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  if (numeric) {
    const d = parseFloat(a) - parseFloat(b);
    if (d !== 0 && !Number.isNaN(d)) return dir * d;
  }
  return dir * a.localeCompare(b, lang, { numeric: true });
}

/** The distinct values of a column, ordered as the sort would order them (blanks left out). */
export function distinctValues(rows: readonly (readonly (string | number | null)[])[], col: number, numeric: boolean, lang?: string): string[] {
  const seen = new Set<string>();
  for (const r of rows) {
    const cell = r[col];
    if (cell !== null && cell !== undefined && cell !== '') seen.add(String(cell));
  }
  const values = [...seen];
  return values.sort((a, b) => compareCells(a, b, 1, numeric, lang));
}
