/**
 * The one CSV writer of the project: every CSV the site or the feedback function writes goes through it (tidy and
 * metadata downloads, all.zip, the explorer's "download this selection", the staff export). Only the CSV as
 * published is copied byte for byte, and is documented as raw.
 *
 * A cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a leading
 * apostrophe (papaparse's `escapeFormulae`). Numbers are written as numbers: a number cell, or a text cell that is
 * a plain number ("-3.5", "+2", "1e-3"), is left as it is, so negative values never gain a quote.
 */
import Papa from 'papaparse';

/** Starts like a formula and is not a plain number. */
export const FORMULA_START = /^(?![-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$)[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null | undefined;

/** CSV text with a header row; quotes only where a cell needs them; one line ending after every row. */
export function writeCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[], newline: '\n' | '\r\n' = '\n'): string {
  const data = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : cell)));
  const text = Papa.unparse({ fields: [...columns], data }, { newline, escapeFormulae: FORMULA_START });
  // With no rows papaparse already ends the header line.
  return rows.length === 0 ? text.replace(/(\r?\n)?$/, newline) : text + newline;
}

/**
 * A wide CSV whose rows each fill a few columns (the site-wide SDMX-CSV: every dataflow's components in one header,
 * each row its own flow's). Each distinct text is escaped by papaparse with `writeCsv`'s settings, so the rules are
 * the same (a number is written as papaparse writes it, its `toString()`); the empty cells between are written as
 * commas, without a cell-by-cell pass over them. A group's rows fill the columns `at` (increasing): first its
 * `lead` cells, then `row[pick[k]]` for each row.
 */
export function writeSparseCsv(
  columns: readonly string[],
  groups: Iterable<{ at: readonly number[]; lead: readonly CsvCell[]; pick: readonly number[]; rows: Iterable<readonly CsvCell[]> }>,
  newline: '\n' | '\r\n' = '\n',
): string {
  const escaped = new Map<string, string>();
  const escape = (cell: CsvCell): string => {
    if (cell === null || cell === undefined || cell === '') return '';
    if (typeof cell === 'number') return String(cell);
    let text = escaped.get(String(cell));
    if (text === undefined) {
      text = Papa.unparse([[cell]], { newline, escapeFormulae: FORMULA_START });
      escaped.set(String(cell), text);
    }
    return text;
  };
  const parts: string[] = [writeCsv(columns, [], newline)];
  for (const { at, lead, pick, rows } of groups) {
    // Commas before each filled cell (from the previous one), and after the last to the end of the row.
    const before = at.map((pos, k) => ','.repeat(k === 0 ? pos : pos - at[k - 1]!));
    const after = ','.repeat(columns.length - 1 - (at[at.length - 1] ?? 0)) + newline;
    let start = '';
    for (let k = 0; k < lead.length; k++) start += before[k]! + escape(lead[k]);
    const gaps = before.slice(lead.length);
    for (const row of rows) {
      parts.push(start);
      for (let k = 0; k < pick.length; k++) parts.push(gaps[k]!, escape(row[pick[k]!]));
      parts.push(after);
    }
  }
  return parts.join('');
}
