/**
 * The repository's mapping of its columns and values to SDMX, as sdg-build's OutputSdmxMl reads it:
 * `column_mapping.csv` (`Text,Value`: column name → SDMX concept) and `code_mapping.csv`
 * (`Text,Dimension,Value`: a value of a concept → its code). An SDMX input's `dimension_map` is read backwards,
 * so codes it renamed go back to the codes they were.
 */
import Papa from 'papaparse';
import type { ReadEffects } from '../effects.ts';
import type { DeclaredDsd } from '../inputs/types.ts';
import type { ProblemList } from '../problems.ts';

export interface SdmxMapping {
  /** The mapping files read, relative to the repository root. */
  columnFile?: string;
  codeFile?: string;
  /** Column name → SDMX concept. */
  columns: Map<string, string>;
  /** Concept → value as written → code. */
  codes: Map<string, Map<string, string>>;
  /** Concept → the codes the mapping names (a cell already holding one of them is a code). */
  known: Map<string, Set<string>>;
}

const exists = (fx: ReadEffects, root: string, file: string) => {
  const slash = file.lastIndexOf('/');
  return fx.list(slash >= 0 ? `${root}/${file.slice(0, slash)}` : root).includes(file.slice(slash + 1));
};

/** Rows of a small mapping CSV with the line each starts on; undefined (problem reported) without the columns needed. */
function readTable(text: string, file: string, needed: string[], problems: ProblemList): { line: number; cells: Record<string, string> }[] | undefined {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const rows = parsed.data;
  const header = (rows[0] ?? []).map((h) => h.trim());
  const missing = needed.filter((n) => !header.includes(n));
  if (missing.length > 0) {
    problems.warning(file, 1, `The SDMX mapping has no ${missing.map((m) => `"${m}"`).join(', ')} column (expected the header ${needed.join(',')}); it is not used.`,
      `Write the header row as ${needed.join(',')}, as sdg-build reads it.`);
    return undefined;
  }
  // Quoted cells may hold line breaks: count them to keep each row's line.
  let line = 1 + (rows[0] ?? []).reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
  const out: { line: number; cells: Record<string, string> }[] = [];
  for (const row of rows.slice(1)) {
    line++;
    const cells = Object.fromEntries(header.map((h, i) => [h, (row[i] ?? '').trim()]));
    if (row.some((c) => c.trim() !== '')) out.push({ line, cells });
    line += row.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
  }
  return out;
}

function read(root: string, file: string, fx: ReadEffects): string | undefined {
  if (!exists(fx, root, file)) return undefined;
  try {
    return fx.read(`${root}/${file}`);
  } catch {
    return undefined; // refused files are reported by the repository reader
  }
}

/** Reads the mapping files (either may be missing) and the SDMX input's dimension_map. */
export function readSdmxMapping(root: string, files: { columnMap: string; codeMap: string }, declared: DeclaredDsd | undefined, fx: ReadEffects, problems: ProblemList): SdmxMapping {
  const mapping: SdmxMapping = { columns: new Map(), codes: new Map(), known: new Map() };
  const addCode = (concept: string, text: string, code: string) => {
    const byText = mapping.codes.get(concept) ?? new Map<string, string>();
    mapping.codes.set(concept, byText);
    if (!byText.has(text)) byText.set(text, code);
    const known = mapping.known.get(concept) ?? new Set<string>();
    mapping.known.set(concept, known);
    known.add(code);
  };
  // A message read without import_codes has the DSD's concept names as columns ("Reference area"): back to ids.
  if (declared) {
    const { dsd } = declared;
    for (const c of [...dsd.dimensions, ...dsd.attributes]) {
      for (const name of dsd.concepts.get(c.concept)?.values() ?? []) if (!mapping.columns.has(name)) mapping.columns.set(name, c.id);
    }
  }
  for (const [key, value] of declared?.dimensionMap ?? []) {
    const [dim, code] = key.split('|');
    if (code === undefined && value !== '') mapping.columns.set(value, dim!);
    else if (code !== undefined) addCode(dim!, value, code);
  }

  const columnText = read(root, files.columnMap, fx);
  const columnRows = columnText === undefined ? undefined : readTable(columnText, files.columnMap, ['Text', 'Value'], problems);
  if (columnRows) {
    mapping.columnFile = files.columnMap;
    const first = new Map<string, number>();
    for (const { line, cells } of columnRows) {
      const text = cells['Text']!;
      const concept = cells['Value']!;
      if (!text || !concept) continue;
      const earlier = first.get(text);
      if (earlier !== undefined && mapping.columns.get(text) !== concept) {
        problems.warning(files.columnMap, line, `Column "${text}" is mapped again, to "${concept}"; the mapping to "${mapping.columns.get(text)}" on line ${earlier} is used.`,
          'Keep one line per column name.');
        continue;
      }
      first.set(text, line);
      mapping.columns.set(text, concept);
    }
  }
  const codeText = read(root, files.codeMap, fx);
  const codeRows = codeText === undefined ? undefined : readTable(codeText, files.codeMap, ['Text', 'Dimension', 'Value'], problems);
  if (codeRows) {
    mapping.codeFile = files.codeMap;
    for (const { cells } of codeRows) {
      if (cells['Text'] && cells['Dimension'] && cells['Value']) addCode(cells['Dimension'], cells['Text'], cells['Value']);
    }
  }
  return mapping;
}
