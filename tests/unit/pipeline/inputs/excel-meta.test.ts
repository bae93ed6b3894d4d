import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHARED_DATASETS, dataset } from '../../../datasets.ts';
import { zipSync, strToU8 } from 'fflate';
import { memoryFiles } from '../../../../src/pipeline/effects.ts';
import { readExcelMeta } from '../../../../src/pipeline/inputs/excel-meta.ts';
import { ProblemList, formatProblem } from '../../../../src/pipeline/problems.ts';
import { repositoryFiles } from '../../../../src/site/node-files.ts';
import { makeXlsx } from '../../../fixtures/excel/make-xlsx.ts';

const fixture = (path: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../fixtures/excel/${path}`, import.meta.url))));
const REAL = fixture('repo/meta/9-3-2.xlsx');
const MAPPING_CSV = readFileSync(fileURLToPath(new URL('../../../fixtures/excel/repo/metadata-mapping.csv', import.meta.url)), 'utf8');
const CONFIG = { file: 'config_data.yml', line: 12 };
const OPTIONS = { path_pattern: 'meta/*-*.xlsx', metadata_mapping: 'metadata-mapping.csv', git: false };
const GOOD = makeXlsx([{ name: 'Sheet1', rows: [['Цель', 'Цель 1'], ['Определение', 'Доля']] }]);

async function run(files: Record<string, string | Uint8Array>, options: Record<string, unknown> = OPTIONS) {
  const problems = new ProblemList();
  const inRoot = Object.fromEntries(Object.entries({ 'metadata-mapping.csv': MAPPING_CSV, ...files }).map(([p, c]) => [`repo/${p}`, c]));
  const result = await readExcelMeta(options, { root: 'repo', fx: memoryFiles(inRoot), problems }, CONFIG);
  return { meta: result.meta, report: problems.items.map((p) => formatProblem(p)) };
}

describe('readExcelMeta on a real workbook', () => {
  it('reads the fields of meta/9-3-2.xlsx, joining the values written under their label', async () => {
    const { meta, report } = await run({ 'meta/9-3-2.xlsx': REAL });
    expect(meta).toHaveLength(1);
    const [record] = meta;
    expect(record!.id).toBe('9-3-2');
    expect(record!.file).toBe('meta/9-3-2.xlsx');
    expect(record!.body).toBe('');
    expect(Object.fromEntries(Object.entries(record!.data).map(([k, v]) => [k, String(v).slice(0, 40)]))).toEqual({
      goal_name: 'Цель 9. Создание стойкой инфраструктуры,',
      target_name: '9.3 Расширить доступ мелких промышленных',
      indicator_name1: '9.3.2 Доля мелких предприятий, имеющих к',
      organization_name: 'Нацстатком КР',
      contact_name: 'Абдукадирова М.А., заведующий отделом ст',
      definitions: 'Количество «мелких предприятий» с активн',
      concepts: 'Предприятие, как экономическая категория',
      computation_methods: 'По всем видам экономической деятельности',
      international_comparability: 'Использовалась классификация предприятий',
      references_documentation: 'Метаданные на сайте ООН: https://unstats',
    });
    expect(Object.fromEntries(Object.entries(record!.where).map(([k, w]) => [k, `${w.file}:${w.line}`]))).toEqual({
      goal_name: 'meta/9-3-2.xlsx:2', target_name: 'meta/9-3-2.xlsx:3', indicator_name1: 'meta/9-3-2.xlsx:4',
      organization_name: 'meta/9-3-2.xlsx:6', contact_name: 'meta/9-3-2.xlsx:7', definitions: 'meta/9-3-2.xlsx:12',
      concepts: 'meta/9-3-2.xlsx:13', computation_methods: 'meta/9-3-2.xlsx:19',
      international_comparability: 'meta/9-3-2.xlsx:25', references_documentation: 'meta/9-3-2.xlsx:27',
    });
    expect(report).toEqual([
      'meta/9-3-2.xlsx:8: warning: 9 labels are not in the metadata mapping, so their values are not read: "Электронная почта контактного лица" (row 8), "Телефон контактного лица" (row 9), "Сайт организации (если есть)" (row 10), "Обоснование и толкование" (row 14), "Источники данных" (row 16), and 4 more. Hint: Add each label with its field name to metadata-mapping.csv (a line such as "Definition,definitions"), or correct the label.',
    ]);
  });

  it('reads a workbook of the same name in a subfolder as its translation', async () => {
    const { meta, report } = await run({ 'meta/9-3-2.xlsx': REAL, 'meta/en/9-3-2.xlsx': GOOD, 'meta/en/1-1-1.xlsx': GOOD });
    expect(meta.map((m) => [m.id, m.file, m.lang ?? null, m.data['goal_name'] ?? null])).toEqual([
      ['9-3-2', 'meta/9-3-2.xlsx', null, 'Цель 9. Создание стойкой инфраструктуры, содействие всеохватной и устойчивой индустриализации и инновациям'],
      ['9-3-2', 'meta/en/9-3-2.xlsx', 'en', 'Цель 1'],
    ]);
    expect(report.slice(1)).toEqual([
      'meta/en/1-1-1.xlsx:1: warning: Not read: a translation is read only beside its original, and meta/1-1-1.xlsx does not exist. Hint: Add the workbook in the main language, or delete this one.',
    ]);
  });
});

const RESAVE = 'Hint: Open it in Excel or LibreOffice and save it again as "Excel Workbook (.xlsx)".';

/** One case per problem: the files dropped into a repository (beside the mapping), and the whole report. */
const cases: { name: string; files: Record<string, string | Uint8Array>; options?: Record<string, unknown>; expected: string[]; unreadable?: number }[] = [
  { name: 'a text file named .xlsx', files: { 'meta/1-1-1.xlsx': fixture('bad/text-renamed.xlsx') }, unreadable: 1,
    expected: [`meta/1-1-1.xlsx:1: error: Cannot read this workbook: it is not an Excel workbook. ${RESAVE}`] },
  { name: 'an empty file', files: { 'meta/1-1-1.xlsx': fixture('bad/empty-file.xlsx') }, unreadable: 1,
    expected: [`meta/1-1-1.xlsx:1: error: Cannot read this workbook: the file is empty. ${RESAVE}`] },
  { name: 'an old .xls workbook named .xlsx', files: { 'meta/1-1-1.xlsx': fixture('bad/old-xls-renamed.xlsx') }, unreadable: 1,
    expected: [`meta/1-1-1.xlsx:1: error: Cannot read this workbook: it is in the old .xls format, though named .xlsx. ${RESAVE}`] },
  { name: 'a zip that holds no workbook', files: { 'meta/1-1-1.xlsx': zipSync({ 'hello.txt': strToU8('hi') }) }, unreadable: 1,
    expected: [`meta/1-1-1.xlsx:1: error: Cannot read this workbook: it is damaged ("xl/_rels/workbook.xml.rels" file not found inside the \`.xlsx\` file). ${RESAVE}`] },
  { name: 'a cut-off workbook', files: { 'meta/1-1-1.xlsx': REAL.slice(0, 2000) }, unreadable: 1,
    expected: [`meta/1-1-1.xlsx:1: error: Cannot read this workbook: it is damaged (an .xlsx file is a zip archive, and this one does not open). ${RESAVE}`] },
  { name: 'an .xls file matched by the pattern', options: { ...OPTIONS, path_pattern: 'meta/*' }, files: { 'meta/1-1-1.xls': 'binary' }, unreadable: 1,
    expected: [`meta/1-1-1.xls:1: error: Cannot read this workbook: ".xls" is not the .xlsx format, the only one read. ${RESAVE} Then delete this file.`] },
  { name: 'an .xls file beside its .xlsx', options: { ...OPTIONS, path_pattern: 'meta/*' }, files: { 'meta/1-1-1.xls': 'binary', 'meta/1-1-1.xlsx': GOOD },
    expected: ['meta/1-1-1.xls:1: warning: Not read: the ".xls" file stands beside 1-1-1.xlsx, which is read instead. Hint: Delete this copy, so that nobody edits the one that is not published.'] },
  { name: 'a file that is no workbook', options: { ...OPTIONS, path_pattern: 'meta/*' }, files: { 'meta/README.md': '# Metadata', 'meta/1-1-1.xlsx': GOOD },
    expected: ['meta/README.md:1: warning: Not read: path_pattern "meta/*" matches this file, which is not a workbook. Hint: Narrow path_pattern (such as meta/*-*.xlsx), or move the file out of the folder.'] },
  { name: 'an empty first sheet', files: { 'meta/1-1-1.xlsx': makeXlsx([{ name: 'Sheet1', rows: [] }]) },
    expected: ['meta/1-1-1.xlsx:1: warning: The first sheet ("Sheet1") is empty, so this workbook gives no metadata. Hint: Write the labels in column A and the values in column B, or delete the workbook.'] },
  { name: 'an empty first sheet before a filled one', files: { 'meta/1-1-1.xlsx': makeXlsx([{ name: 'Инструкция', rows: [[null, null]] }, { name: 'Пример', rows: [['Цель', 'x']] }]) },
    expected: ['meta/1-1-1.xlsx:1: warning: The first sheet ("Инструкция") is empty, so this workbook gives no metadata. Hint: Only the first sheet is read, and sheet "Пример" has content: move it to that place.'] },
  { name: 'a sheet_number past the last sheet', options: { ...OPTIONS, sheet_number: 1 }, files: { 'meta/1-1-1.xlsx': GOOD }, unreadable: 1,
    expected: ['meta/1-1-1.xlsx:1: error: sheet_number is 1, but this workbook has 1 sheet (sheet_number counts from 0). Hint: Add the sheet, or change sheet_number in the configuration.'] },
  { name: 'a missing mapping file', options: { ...OPTIONS, metadata_mapping: 'meta-mapping.csv' }, files: { 'meta/1-1-1.xlsx': GOOD }, unreadable: 1,
    expected: ['config_data.yml:12: error: metadata_mapping: file "meta-mapping.csv" not found. Hint: The path is relative to the repository root, like path_pattern; check its spelling.'] },
  { name: 'a mapping that is not CSV', options: { ...OPTIONS, metadata_mapping: 'mapping.xlsx' }, files: { 'meta/1-1-1.xlsx': GOOD }, unreadable: 1,
    expected: ['config_data.yml:12: error: metadata_mapping: expected a path to a .csv file (or label: field pairs), received "mapping.xlsx". Hint: Point it at a CSV file of "label,field" lines, such as metadata_mapping: metadata-mapping.csv.'] },
  { name: 'no path_pattern', options: { metadata_mapping: 'metadata-mapping.csv' }, files: {},
    expected: ['config_data.yml:12: error: path_pattern: expected a file pattern such as "meta/*-*.xlsx", received nothing. Hint: Add path_pattern to this input in the configuration.'] },
  { name: 'a pattern that matches nothing', files: {},
    expected: ['config_data.yml:12: warning: path_pattern "meta/*-*.xlsx" matches no file, so no metadata is read from workbooks. Hint: Check the folder and the file-name pattern; both are relative to the repository root.'] },
  { name: 'a bad sheet_number', options: { ...OPTIONS, sheet_number: 'Лист1' }, files: {},
    expected: ['config_data.yml:12: error: sheet_number: expected a whole number from 0 (the first sheet), received "Лист1". Hint: Leave sheet_number out to read the first sheet.'] },
];

describe('readExcelMeta problems', () => {
  it.each(cases)('$name', async ({ files, options, expected, unreadable = 0 }) => {
    const { meta, report } = await run(files, options);
    expect(report).toEqual(expected);
    expect(meta.filter((m) => m.unreadable)).toHaveLength(unreadable);
  });

  it('locates each field at its row in the sheet, counting the empty rows Excel leaves out', async () => {
    const { meta } = await run({ 'meta/1-1-1.xlsx': makeXlsx([{ name: 'S', rows: [[], [null, null], ['Цель', 'x'], [], ['Определение', 5]] }]) });
    expect(meta[0]!.data).toEqual({ goal_name: 'x', definitions: 5 });
    expect(meta[0]!.where).toEqual({ goal_name: { file: 'meta/1-1-1.xlsx', line: 3 }, definitions: { file: 'meta/1-1-1.xlsx', line: 5 } });
  });

  it('takes the mapping from the configuration itself, and no mapping as labels that are field names', async () => {
    const pairs = await run({ 'meta/1-1-1.xlsx': GOOD }, { path_pattern: 'meta/*-*.xlsx', metadata_mapping: { 'Цель': 'goal_name', 'Определение': 'definitions' } });
    expect(pairs.meta[0]!.data).toEqual({ goal_name: 'Цель 1', definitions: 'Доля' });
    const named = await run({ 'meta/1-1-1.xlsx': makeXlsx([{ name: 'S', rows: [['indicator_name', 'Poverty']] }]) }, { path_pattern: 'meta/*-*.xlsx' });
    expect(named.meta[0]!.data).toEqual({ indicator_name: 'Poverty' });
    expect([...pairs.report, ...named.report]).toEqual([]);
  });
});

describe.skipIf(!SHARED_DATASETS)('readExcelMeta on the Kyrgyz Republic repository', () => {
  const root = dataset('kyrgyzstan');

  it('reads every workbook of open_sdg_config_sdmx.yml, and its English translations', async () => {
    const problems = new ProblemList();
    const { meta } = await readExcelMeta({ path_pattern: 'meta/*-*.xlsx', metadata_mapping: 'metadata-mapping.csv' },
      { root, fx: repositoryFiles({ root, frameworkRoot: 'data/sdg-framework' }), problems }, { file: 'open_sdg_config_sdmx.yml', line: 35 });
    expect(meta.filter((m) => !m.lang)).toHaveLength(178);
    expect(meta.filter((m) => m.lang === 'en')).toHaveLength(169);
    expect(meta.filter((m) => m.unreadable)).toHaveLength(0);
    expect(new Set(meta.flatMap((m) => Object.keys(m.data))).size).toBe(20);
    const kinds: Record<string, number> = {};
    for (const p of problems.items) {
      const kind = `${p.severity}: ${/not in the metadata mapping/.test(p.message) ? 'label not in the mapping' : /a translation is read only beside/.test(p.message) ? 'translation without original' : p.message}`;
      kinds[kind] = (kinds[kind] ?? 0) + 1;
    }
    // The unmapped label is the heading "1. Информация об индикаторе", next to which 38 workbooks write a national code.
    expect(kinds).toEqual({ 'warning: label not in the mapping': 38, 'warning: translation without original': 2 });
  });
});
