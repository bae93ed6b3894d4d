/**
 * The `metadata_mapping` option of InputExcelMeta: which workbook label is which metadata field. sdg-build takes
 * a path to a headerless CSV of `label,field` lines, or the pairs written in the configuration itself.
 */
import Papa from 'papaparse';
import type { ProblemList } from '../problems.ts';
import type { MappingSource, MetadataMapping } from './excel-sheet.ts';
import type { FieldPlace, InputContext } from './types.ts';

/** The mapping, or undefined when it was named but cannot be had (already reported at the configuration). */
export type LoadedMapping = MappingSource | undefined;

function describe(value: unknown): string {
  return value === undefined || value === null ? 'nothing' : JSON.stringify(value);
}

/**
 * Reads a mapping CSV. Like pandas' read_csv (header=None, index_col=0) in sdg-build: blank lines are skipped and
 * a label given twice keeps its last field. Unlike it, labels and fields are trimmed, and a line that is not
 * exactly two filled cells is reported and skipped rather than turning the whole mapping into nonsense.
 */
export function parseMetadataMapping(text: string, file: string, problems: ProblemList): MetadataMapping {
  // One line ending throughout: papaparse guesses it from the first line, and editors mix them.
  const source = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const mapping: MetadataMapping = new Map();
  let offset = 0;
  let line = 1;
  Papa.parse<string[]>(source, {
    step: (result) => {
      const cells = result.data.map((c) => c.trim());
      if (cells.some((c) => c !== '')) {
        const [label = '', field = ''] = cells;
        if (cells.length !== 2) {
          problems.warning(file, line, `Line has ${cells.length} cells; expected 2: a workbook label, then a field name. Not read.`,
            'Quote a label that contains a comma: "Label, with comma",field_name.');
        } else if (label === '' || field === '') {
          problems.warning(file, line, `Line has an empty ${label === '' ? 'label' : 'field name'}; expected a workbook label, then a field name. Not read.`,
            'Fill in both cells, or delete the line.');
        } else {
          mapping.set(label, field);
        }
      }
      const end = result.meta.cursor;
      for (let i = offset; i < end; i++) if (source.charCodeAt(i) === 10) line++;
      offset = end;
    },
  });
  return mapping;
}

/**
 * The mapping an InputExcelMeta entry names. Without one, today's sdg-build takes each label as the field name (the
 * older InputExcelMeta failed there, on an undefined `meta_csv`); so do we.
 */
export function loadMetadataMapping(option: unknown, ctx: InputContext, where: FieldPlace): LoadedMapping {
  const { problems } = ctx;
  if (option === undefined || option === null) return { mapping: new Map() };
  if (typeof option === 'object' && !Array.isArray(option)) {
    const pairs = Object.entries(option as Record<string, unknown>);
    if (pairs.every(([, field]) => typeof field === 'string')) {
      return { mapping: new Map(pairs.map(([label, field]) => [label.trim(), String(field).trim()])) };
    }
  }
  if (typeof option !== 'string' || !/\.csv$/i.test(option.trim())) {
    problems.error(where.file, where.line, `metadata_mapping: expected a path to a .csv file (or label: field pairs), received ${describe(option)}.`,
      'Point it at a CSV file of "label,field" lines, such as metadata_mapping: metadata-mapping.csv.');
    return undefined;
  }
  const file = option.trim().replace(/^\.?\/+/, '');
  let text: string;
  try {
    text = ctx.fx.read(`${ctx.root}/${file}`);
  } catch {
    problems.error(where.file, where.line, `metadata_mapping: file "${file}" not found.`,
      'The path is relative to the repository root, like path_pattern; check its spelling.');
    return undefined;
  }
  return { mapping: parseMetadataMapping(text, file, problems), file };
}
