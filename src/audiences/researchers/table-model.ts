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

/** How the tidy CSV maps onto the page's table (see `csvLayout` in tidy.ts). */
export interface Layout {
  /** For each page column, its index in the CSV. */
  columns: number[];
  /** Page columns where the CSV writes the total as "Total". */
  totals: number[];
  /** The CSV column that flags duplicate rows, or -1. */
  duplicateOf: number;
}

/** The page's rows from the CSV's (header excluded): its columns, its word for "Total", duplicates left out as in the charts. */
export function pageRows(csvRows: readonly Row[], layout: Layout, total: string): Row[] {
  const totals = new Set(layout.totals);
  return csvRows
    .filter((r) => r.length > 1 && (layout.duplicateOf < 0 || !r[layout.duplicateOf]))
    .map((r) => layout.columns.map((c, j) => {
      const cell = r[c] ?? '';
      return totals.has(j) && cell === 'Total' ? total : cell;
    }));
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
export function distinctValues(rows: readonly Row[], col: number, numeric: boolean, lang?: string): string[] {
  const values = [...new Set(rows.map((r) => r[col] ?? ''))].filter((v) => v !== '');
  return values.sort((a, b) => compareCells(a, b, 1, numeric, lang));
}
