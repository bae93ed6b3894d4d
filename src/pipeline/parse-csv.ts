import Papa from 'papaparse';
import { ProblemList } from './problems.ts';

/** One data row of a CSV file, with the line it starts on. */
export interface CsvRecord {
  line: number;
  cells: Record<string, string>;
  /** The file the row is in, where it differs from the table's (rows merged from several files). */
  file?: string;
  /** Columns the input left out for holding one value throughout (SDMX `drop_singleton_dimensions`), with that value. */
  constants?: Record<string, string>;
}

export interface ParsedCsv {
  /** Column names as trimmed. */
  columns: string[];
  records: CsvRecord[];
}

/**
 * Splits an indicator CSV into trimmed records, keeping line numbers.
 * Accepts UTF-8 with or without BOM, LF or CRLF, quoted fields (also across lines).
 * Structural problems (empty file, ragged rows, bad headers) go to `problems`; values are checked later.
 */
export function parseIndicatorCsv(text: string, file: string, problems: ProblemList): ParsedCsv {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: { line: number; cells: string[] }[] = [];
  let offset = 0;
  let line = 1;
  Papa.parse<string[]>(source, {
    step: (result) => {
      rows.push({ line, cells: result.data });
      const end = result.meta.cursor;
      for (let i = offset; i < end; i++) if (source.charCodeAt(i) === 10) line++;
      offset = end;
    },
  });
  const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

  let headerIndex = rows.findIndex((r) => !isBlank(r.cells));
  if (headerIndex === -1) {
    problems.error(file, 1, 'The file is empty: expected a header row with at least "Year" and "Value".',
      'Add the header and data rows, or delete the file (metadata alone gives the indicator a page).');
    return { columns: [], records: [] };
  }
  const header = rows[headerIndex]!;
  if (headerIndex > 0) {
    problems.warning(file, 1, `${header.line - 1 === 1 ? 'A blank line comes' : `${header.line - 1} blank lines come`} before the header row; skipped.`,
      'Delete the blank lines at the top of the file.');
  }

  const body = rows.slice(headerIndex + 1).filter((r) => !isBlank(r.cells));
  // Spreadsheet exports leave columns with no header and no value (",,,"): drop them, as Open SDG does.
  const dropped = new Set<number>();
  header.cells.forEach((raw, i) => {
    if (raw.trim() === '' && body.every((r) => (r.cells[i] ?? '').trim() === '')) dropped.add(i);
  });
  if (dropped.size > 0) {
    const which = [...dropped].map((i) => i + 1);
    problems.warning(file, header.line, `${which.length === 1 ? `Column ${which[0]} has` : `Columns ${which.join(', ')} have`} no header and no values; dropped.`,
      'Delete the empty columns (a spreadsheet export often leaves them).');
  }
  const keep = (cells: string[]) => (dropped.size === 0 ? cells : cells.filter((_, i) => !dropped.has(i)));
  const columns = header.cells.flatMap((raw, i) => {
    if (dropped.has(i)) return [];
    const name = raw.trim();
    if (name !== raw) {
      problems.warning(file, header.line, `Column header "${raw}" has leading or trailing spaces; read as "${name}".`,
        'Remove the spaces from the header.');
    }
    if (name === '') {
      problems.error(file, header.line, `Column ${i + 1} has values but no header.`,
        'Name the column after what its values are (e.g. Sex), or delete it.');
    }
    return [name];
  });
  const seen = new Set<string>();
  for (const name of columns) {
    if (name && seen.has(name)) {
      problems.error(file, header.line, `Column "${name}" appears twice in the header.`,
        'Give each column a distinct name.');
    }
    seen.add(name);
  }
  for (const required of ['Year', 'Value']) {
    if (!seen.has(required)) {
      const lookalike = columns.find((c) => c.toLowerCase() === required.toLowerCase());
      problems.error(file, header.line, `Missing required column "${required}"; the header has ${columns.map((c) => `"${c}"`).join(', ')}.`,
        lookalike ? `Rename "${lookalike}" to "${required}" (names are case-sensitive).` : `Add a "${required}" column.`);
    }
  }

  const records: CsvRecord[] = [];
  const spaced = new Map<string, { count: number; line: number }>();
  let dataRows = 0;
  for (const row of body) {
    dataRows++;
    if (row.cells.length > header.cells.length) {
      // Open SDG (pandas) refuses such a file too: a value may have been split at a comma.
      problems.error(file, row.line, `Row has ${row.cells.length} cells; the header has ${header.cells.length} columns.`,
        'Remove the extra cells, or quote values that contain a comma.');
      continue;
    }
    if (row.cells.length < header.cells.length) {
      // Open SDG fills the missing cells from the right, which moves the value into another column; leaving the
      // row out publishes no wrong number.
      problems.warning(file, row.line, `Row has ${row.cells.length} cells; the header has ${header.cells.length} columns; the row is left out, since its values cannot be placed.`,
        'Add the missing cells (leave a cell empty for "no value").');
      continue;
    }
    const cells: Record<string, string> = {};
    keep(row.cells).forEach((raw, i) => {
      const value = raw.trim();
      if (value !== raw) {
        const column = columns[i]!;
        const s = spaced.get(column) ?? { count: 0, line: row.line };
        s.count++;
        spaced.set(column, s);
      }
      cells[columns[i]!] = value;
    });
    records.push({ line: row.line, cells });
  }
  for (const [column, { count, line: first }] of spaced) {
    problems.warning(file, first, `Column "${column}": ${count === 1 ? '1 cell has' : `${count} cells have`} leading or trailing spaces; trimmed.`,
      'Remove the spaces around the values.');
  }
  if (dataRows === 0) {
    problems.warning(file, header.line, 'The file has a header but no data rows; the indicator is shown as having no data yet.',
      'Add observations when they exist; until then the page says so.');
  }
  return { columns, records };
}
