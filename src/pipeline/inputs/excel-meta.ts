/**
 * InputExcelMeta: indicator metadata from Excel workbooks, one per indicator (`meta/1-3-1-a.xlsx`), as today's
 * sdg-build reads them (InputExcelMeta on InputMetaFiles, which Kyrgyzstan's workbooks are laid out for): the
 * first sheet, labels in column A, values in column B, labels renamed through `metadata_mapping`; a workbook of
 * the same name in a subfolder (`meta/en/1-3-1-a.xlsx`) is its translation. Bytes come through `fx.readBytes`.
 */
import readXlsxFile from 'read-excel-file/universal';
import { loadMetadataMapping, type LoadedMapping } from './excel-mapping.ts';
import { sheetToFields } from './excel-sheet.ts';
import { idFromPath, matchFiles } from './paths.ts';
import type { FieldPlace, InputContext, InputReader, MetaRecord } from './types.ts';

const RESAVE = 'Open it in Excel or LibreOffice and save it again as "Excel Workbook (.xlsx)".';

/** Why read-excel-file gave up, in an editor's words (its InvalidInputError carries a `code`). */
function unreadableReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'XLS_FILE_NOT_SUPPORTED') return 'it is in the old .xls format, though named .xlsx';
  if (code === 'NO_DATA') return 'the file is empty';
  if (code === 'FILE_NOT_SUPPORTED') return 'it is not an Excel workbook';
  if (code === 'INVALID_ZIP') return 'it is damaged (an .xlsx file is a zip archive, and this one does not open)';
  const message = error instanceof Error ? error.message : String(error);
  return `it is damaged (${message.replace(/\.$/, '')})`;
}

/** The bytes as an ArrayBuffer of their own: read-excel-file's in-memory entry takes nothing else. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

interface Settings {
  mapping: LoadedMapping;
  sheetNumber: number;
}

function record(file: string, lang: string | undefined, fields: Pick<MetaRecord, 'data' | 'where'>, unreadable: boolean): MetaRecord {
  return { id: idFromPath(file), file, ...fields, body: '', ...(lang ? { lang } : {}), ...(unreadable ? { unreadable } : {}) };
}

async function readWorkbook(file: string, lang: string | undefined, ctx: InputContext, settings: Settings): Promise<MetaRecord> {
  const { problems } = ctx;
  const none = { data: {}, where: {} };
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(ownBuffer(ctx.fx.readBytes(`${ctx.root}/${file}`)));
  } catch (error) {
    problems.error(file, 1, `Cannot read this workbook: ${unreadableReason(error)}.`, RESAVE);
    return record(file, lang, none, true);
  }
  const n = settings.sheetNumber;
  const sheet = sheets[n];
  if (!sheet) {
    problems.error(file, 1, `sheet_number is ${n}, but this workbook has ${sheets.length === 1 ? '1 sheet' : `${sheets.length} sheets`} (sheet_number counts from 0).`,
      'Add the sheet, or change sheet_number in the configuration.');
    return record(file, lang, none, true);
  }
  const filled = (rows: readonly (readonly unknown[])[]) => rows.some((row) => row.some((c) => c !== null && c !== ''));
  if (!filled(sheet.data)) {
    const which = n === 0 ? 'first sheet' : `sheet ${n + 1}`;
    const other = sheets.find((s, i) => i !== n && filled(s.data));
    problems.warning(file, 1, `The ${which} ("${sheet.sheet}") is empty, so this workbook gives no metadata.`, other
      ? `Only the ${which} is read, and sheet "${other.sheet}" has content: move it to that place.`
      : 'Write the labels in column A and the values in column B, or delete the workbook.');
  }
  // Without the mapping the fields are unknown, not missing: the workbook is still opened, for its own problems.
  if (!settings.mapping) return record(file, lang, none, true);
  return record(file, lang, sheetToFields(sheet.data, file, settings.mapping, problems), false);
}

/** Office Open XML workbooks (a macro-enabled one is the same zip with macros beside). */
const WORKBOOK = /\.xls[xm]$/i;
const OTHER_SPREADSHEET = /\.(xls|xlsb|ods)$/i;

/** Subfolders of the workbooks' folder: sdg-build takes each as a language (`meta/en/`). */
function languageFolders(ctx: InputContext, dir: string, files: readonly string[]): string[] {
  const prefix = dir ? `${dir}/` : '';
  const matched = new Set(files);
  return ctx.fx.list(dir ? `${ctx.root}/${dir}` : ctx.root)
    .filter((name) => !matched.has(prefix + name) && ctx.fx.list(`${ctx.root}/${prefix}${name}`).length > 0)
    .sort();
}

/** `{ class: InputExcelMeta, path_pattern, metadata_mapping, sheet_number }`; `git` and its companions are ignored. */
export const readExcelMeta: InputReader = async (options, ctx, where: FieldPlace) => {
  const { problems } = ctx;
  const pattern = options['path_pattern'];
  if (typeof pattern !== 'string' || pattern.trim() === '') {
    problems.error(where.file, where.line, `path_pattern: expected a file pattern such as "meta/*-*.xlsx", received ${pattern === undefined ? 'nothing' : JSON.stringify(pattern)}.`,
      'Add path_pattern to this input in the configuration.');
    return { data: [], meta: [] };
  }
  const sheetOption = options['sheet_number'] ?? 0;
  if (typeof sheetOption !== 'number' || !Number.isInteger(sheetOption) || sheetOption < 0) {
    problems.error(where.file, where.line, `sheet_number: expected a whole number from 0 (the first sheet), received ${JSON.stringify(sheetOption)}.`,
      'Leave sheet_number out to read the first sheet.');
    return { data: [], meta: [] };
  }
  const settings: Settings = { mapping: loadMetadataMapping(options['metadata_mapping'], ctx, where), sheetNumber: sheetOption };

  const files = matchFiles(ctx, pattern);
  if (files.length === 0) {
    problems.warning(where.file, where.line, `path_pattern "${pattern}" matches no file, so no metadata is read from workbooks.`,
      'Check the folder and the file-name pattern; both are relative to the repository root.');
  }
  const clean = pattern.trim().replace(/^\.?\/+/, '');
  const dir = clean.includes('/') ? clean.slice(0, clean.lastIndexOf('/')) : '';
  const namePattern = clean.slice(clean.lastIndexOf('/') + 1);
  const matched = new Set(files);
  const workbooks = new Map(files.filter((f) => WORKBOOK.test(f)).map((f) => [idFromPath(f), f.slice(f.lastIndexOf('/') + 1)]));
  const langs = languageFolders(ctx, dir, files);
  const meta: MetaRecord[] = [];
  for (const file of files) {
    if (WORKBOOK.test(file)) {
      meta.push(await readWorkbook(file, undefined, ctx, settings));
      continue;
    }
    if (!OTHER_SPREADSHEET.test(file)) {
      problems.warning(file, 1, `Not read: path_pattern "${pattern}" matches this file, which is not a workbook.`,
        'Narrow path_pattern (such as meta/*-*.xlsx), or move the file out of the folder.');
      continue;
    }
    const ext = file.slice(file.lastIndexOf('.'));
    // sdg-build reads these through pandas (xlrd, odfpy); read-excel-file cannot. Beside a workbook of the same id
    // the copy costs nothing (sdg-build keeps one file per id too); alone, its metadata would be lost.
    const twin = workbooks.get(idFromPath(file));
    if (twin) {
      problems.warning(file, 1, `Not read: the "${ext}" file stands beside ${twin}, which is read instead.`,
        'Delete this copy, so that nobody edits the one that is not published.');
    } else {
      problems.error(file, 1, `Cannot read this workbook: "${ext}" is not the .xlsx format, the only one read.`,
        `${RESAVE} Then delete this file.`);
      meta.push(record(file, undefined, { data: {}, where: {} }, true));
    }
  }
  for (const lang of langs) {
    for (const file of matchFiles(ctx, `${dir ? `${dir}/` : ''}${lang}/${namePattern}`)) {
      if (!WORKBOOK.test(file)) continue;
      const original = `${dir ? `${dir}/` : ''}${file.slice(file.lastIndexOf('/') + 1)}`;
      if (matched.has(original)) {
        meta.push(await readWorkbook(file, lang, ctx, settings));
      } else {
        problems.warning(file, 1, `Not read: a translation is read only beside its original, and ${original} does not exist.`,
          'Add the workbook in the main language, or delete this one.');
      }
    }
  }
  return { data: [], meta };
};
