/**
 * One metadata sheet → fields, as sdg-build's InputExcelMeta reads it: labels in column A, values in column B,
 * one field per row. Pure: the rows come in as read-excel-file gives them, problems go to the list.
 */
import type { ProblemList } from '../problems.ts';
import type { FieldPlace } from './types.ts';

/** Workbook label → field name, in file order; a label given twice keeps its last field (as pandas' to_dict does). */
export type MetadataMapping = Map<string, string>;

/** Where the labels come from, for hints: the mapping file, or undefined when there is none. */
export interface MappingSource {
  mapping: MetadataMapping;
  file?: string;
}

export interface SheetFields {
  data: Record<string, unknown>;
  where: Record<string, FieldPlace>;
}

type Value = string | number | boolean;

/**
 * A cell as a field value: text trimmed (sdg-build keeps the spaces, but around a value they never show on a page),
 * numbers and booleans as they are (pandas keeps them so, and sdg-build writes them unquoted), dates as ISO text.
 */
export function cellValue(cell: unknown): Value | undefined {
  if (typeof cell === 'string') return cell.trim() === '' ? undefined : cell.trim();
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell === 'boolean') return cell;
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) {
    // Excel dates have no time zone: read-excel-file gives them as UTC, so UTC is the date the editor typed.
    const iso = cell.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  return undefined;
}

/** Open SDG field names are lower-case snake_case; a label written that way is the field itself. */
const FIELD_NAME = /^[a-z][a-z0-9_]*$/;

function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

interface Entry { label: string; value: Value | undefined; line: number }

/**
 * Rows → labelled entries. A row without a label continues the field above: the first InputExcelMeta did so (it
 * moved the value up a row), today's sdg-build keeps such values under an empty label no page shows.
 */
function rowsToEntries(rows: readonly (readonly unknown[])[], file: string, problems: ProblemList): Entry[] {
  const entries: Entry[] = [];
  const extra = new Map<number, number[]>();
  rows.forEach((row, i) => {
    const line = i + 1;
    row.forEach((cell, c) => {
      if (c >= 2 && cellValue(cell) !== undefined) extra.set(c, [...(extra.get(c) ?? []), line]);
    });
    const label = cellValue(row[0]);
    const value = cellValue(row[1]);
    if (label === undefined && value === undefined) return;
    if (label !== undefined) {
      entries.push({ label: String(label), value, line });
      return;
    }
    const above = entries.at(-1);
    if (!above) {
      problems.warning(file, line, 'A value without a label in column A, and no field above it to continue; not read.',
        'Write the label in column A (a row without one continues the field above it).');
      return;
    }
    // Kyrgyzstan's workbooks put a long value on the row under its label; two such rows are two paragraphs.
    above.value = above.value === undefined ? value : `${above.value}\n\n${value}`;
  });
  for (const [c, lines] of extra) {
    problems.warning(file, lines[0]!, `Column ${columnName(c)} has content in ${lines.length === 1 ? '1 row' : `${lines.length} rows`}; only column A (label) and column B (value) are read.`,
      'Move the text into column B, or delete it.');
  }
  return entries;
}

/**
 * The fields of one sheet. Like today's sdg-build: empty values are dropped, a label given twice keeps its last value,
 * then each mapping line in turn renames its label to its field (so of two labels for one field, the one later
 * in the mapping wins). sdg-build matches labels exactly, spaces included; here they are trimmed, which only
 * forgives what Open SDG would publish anyway, so a label that matches once trimmed is not reported. A label that
 * is neither mapped nor a field name is reported, where sdg-build would keep it as a field no page shows.
 */
export function sheetToFields(rows: readonly (readonly unknown[])[], file: string, source: MappingSource, problems: ProblemList): SheetFields {
  const byKey = new Map<string, { value: Value; line: number }>();
  for (const { label, value, line } of rowsToEntries(rows, file, problems)) {
    if (value !== undefined) byKey.set(label, { value, line });
  }
  const mapped = new Set<string>();
  for (const [label, field] of source.mapping) {
    const found = byKey.get(label);
    if (!found) continue;
    byKey.delete(label);
    byKey.set(field, found);
    mapped.add(field);
  }
  const unknown: { label: string; line: number }[] = [];
  for (const [key, { line }] of byKey) {
    if (mapped.has(key) || FIELD_NAME.test(key)) continue;
    unknown.push({ label: key, line });
    byKey.delete(key);
  }
  if (unknown.length > 0) reportUnknownLabels(unknown, file, source, problems);

  // The first InputExcelMeta set source_active_1..6 from source_organisation_N; only "true" is kept: a "false" would
  // hide a source that other fields describe, or override the same field from another input.
  for (let n = 1; n <= 6; n++) {
    const organisation = byKey.get(`source_organisation_${n}`);
    if (organisation && !byKey.has(`source_active_${n}`)) byKey.set(`source_active_${n}`, { value: 'true', line: organisation.line });
  }
  const ordered = [...byKey].sort((a, b) => a[1].line - b[1].line);
  return {
    data: Object.fromEntries(ordered.map(([key, { value }]) => [key, value])),
    where: Object.fromEntries(ordered.map(([key, { line }]) => [key, { file, line }])),
  };
}

const LISTED = 5;

/** What tells two labels apart only by accident: case, runs of spaces, a trailing colon or full stop. */
const looseLabel = (label: string) => label.toLowerCase().replace(/\s+/g, ' ').replace(/[\s:.]+$/, '');

function reportUnknownLabels(unknown: { label: string; line: number }[], file: string, source: MappingSource, problems: ProblemList): void {
  const loose = new Map([...source.mapping.keys()].map((label) => [looseLabel(label), label]));
  unknown.sort((a, b) => a.line - b.line);
  const listed = unknown.slice(0, LISTED).map((u) => {
    const near = loose.get(looseLabel(u.label));
    return `"${u.label}" (row ${u.line}${near ? `; the mapping has "${near}"` : ''})`;
  }).join(', ');
  const more = unknown.length > LISTED ? `, and ${unknown.length - LISTED} more` : '';
  const message = unknown.length === 1
    ? `1 label is not in the metadata mapping, so its value is not read: ${listed}.`
    : `${unknown.length} labels are not in the metadata mapping, so their values are not read: ${listed}${more}.`;
  problems.warning(file, unknown[0]!.line, message, source.file
    ? `Add each label with its field name to ${source.file} (a line such as "Definition,definitions"), or correct the label.`
    : 'Write the field name itself in column A (such as indicator_name), or set metadata_mapping in the configuration.');
}
