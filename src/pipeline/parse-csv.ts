import Papa from 'papaparse';
import { ProblemList } from './problems.ts';

/** One data row of a CSV file, with the line it starts on. */
export interface CsvRecord {
  line: number;
  cells: Record<string, string>;
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

  const columns = header.cells.map((raw, i) => {
    const name = raw.trim();
    if (name !== raw) {
      problems.warning(file, header.line, `Column header "${raw}" has leading or trailing spaces; read as "${name}".`,
        'Remove the spaces from the header.');
    }
    if (name === '') {
      problems.error(file, header.line, `Column ${i + 1} has an empty header.`,
        'Name the column, or delete it if it holds nothing.');
    }
    return name;
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
  for (const row of rows.slice(headerIndex + 1)) {
    if (isBlank(row.cells)) continue;
    dataRows++;
    if (row.cells.length !== columns.length) {
      const more = row.cells.length > columns.length;
      problems.error(file, row.line, `Row has ${row.cells.length} cells; the header has ${columns.length} columns.`,
        more ? 'Remove the extra cells, or quote values that contain a comma.' : 'Add the missing cells (leave a cell empty for "no value").');
      continue;
    }
    const cells: Record<string, string> = {};
    row.cells.forEach((raw, i) => {
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
    problems.error(file, header.line, 'The file has a header but no data rows.',
      'Add observations, or delete the file (metadata alone gives the indicator a page).');
  }
  return { columns, records };
}
