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
