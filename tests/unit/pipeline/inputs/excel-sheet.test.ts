import { describe, expect, it } from 'vitest';
import { cellValue, sheetToFields, type MappingSource } from '../../../../src/pipeline/inputs/excel-sheet.ts';
import { parseMetadataMapping } from '../../../../src/pipeline/inputs/excel-mapping.ts';
import { ProblemList, formatProblem } from '../../../../src/pipeline/problems.ts';

const FILE = 'meta/1-1-1.xlsx';
const MAPPING: MappingSource = {
  mapping: new Map([['Goal', 'goal_name'], ['Definition', 'definitions'], ['Цель', 'indicator_name1'], ['Indicator', 'indicator_name1']]),
  file: 'metadata-mapping.csv',
};

function read(rows: unknown[][], source: MappingSource = MAPPING) {
  const problems = new ProblemList();
  const fields = sheetToFields(rows, FILE, source, problems);
  return { ...fields, lines: Object.fromEntries(Object.entries(fields.where).map(([k, w]) => [k, w.line])), report: problems.items.map((p) => formatProblem(p)) };
}

describe('cellValue', () => {
  it.each<[string, unknown, unknown]>([
    ['text, trimmed', '  www.stat.gov.kg  ', 'www.stat.gov.kg'],
    ['blank text is no value', '   ', undefined],
    ['a whole number stays a number (sdg-build writes it unquoted)', 990112019, 990112019],
    ['a fraction stays a number', 0.5, 0.5],
    ['a boolean stays a boolean', true, true],
    ['a date is its ISO day', new Date(Date.UTC(2020, 0, 31)), '2020-01-31'],
    ['a date with a time keeps the time', new Date(Date.UTC(2020, 0, 31, 14, 5)), '2020-01-31 14:05:00'],
    ['an empty cell', null, undefined],
  ])('%s', (_, cell, expected) => expect(cellValue(cell)).toEqual(expected));
});

describe('sheetToFields', () => {
  it.each<[string, unknown[][], Record<string, unknown>, Record<string, number>]>([
    ['maps labels, skips headings and empty rows, keeps the row of each field',
      [['1. Indicator information', null], ['Goal', 'End poverty'], [null, null], ['Definition', 'Share of people']],
      { goal_name: 'End poverty', definitions: 'Share of people' }, { goal_name: 2, definitions: 4 }],
    ['a row without a label gives its value to the empty field above',
      [['Definition', null], [null, 'Share of people']],
      { definitions: 'Share of people' }, { definitions: 1 }],
    ['continuation rows after a value are further paragraphs, across empty rows',
      [['Definition', 'First.'], [null, 'Second.'], [null, null], [null, 'Third.']],
      { definitions: 'First.\n\nSecond.\n\nThird.' }, { definitions: 1 }],
    ['a label given twice keeps the later value (pandas to_dict)',
      [['Goal', 'old'], ['Goal', 'new']], { goal_name: 'new' }, { goal_name: 2 }],
    ['a label given twice without a second value keeps the first (empty values are dropped first)',
      [['Goal', 'kept'], ['Goal', null]], { goal_name: 'kept' }, { goal_name: 1 }],
    ['two labels for one field: the one later in the mapping wins, wherever it is in the sheet',
      [['Indicator', 'English'], ['Цель', 'Russian']], { indicator_name1: 'English' }, { indicator_name1: 1 }],
    ['labels match trimmed, without a warning',
      [['  Goal  ', 'x']], { goal_name: 'x' }, { goal_name: 1 }],
    ['a label written as a field name is that field',
      [['graph_title', 'Poverty'], ['data_show_map', true]], { graph_title: 'Poverty', data_show_map: true }, { graph_title: 1, data_show_map: 2 }],
    ['source_active_N is set where source_organisation_N is given, and never overrides',
      [['source_organisation_1', 'NSC'], ['source_organisation_2', 'UN'], ['source_active_2', 'false']],
      { source_organisation_1: 'NSC', source_active_1: 'true', source_organisation_2: 'UN', source_active_2: 'false' },
      { source_organisation_1: 1, source_active_1: 1, source_organisation_2: 2, source_active_2: 3 }],
    ['numbers stay numbers', [['Goal', 1]], { goal_name: 1 }, { goal_name: 1 }],
  ])('%s', (_, rows, data, lines) => {
    const result = read(rows);
    expect(result.data).toEqual(data);
    expect(result.lines).toEqual(lines);
    expect(result.report).toEqual([]);
  });

  it('lists unmapped labels once per workbook, five at most, with near matches', () => {
    const rows = [['Goal', 'g'], ['Definition:', 'd'], ...['A', 'B', 'C', 'D', 'E'].map((l) => [l, 'x']), ['Heading without value', null]];
    const { data, report } = read(rows);
    expect(data).toEqual({ goal_name: 'g' });
    expect(report).toEqual([
      'meta/1-1-1.xlsx:2: warning: 6 labels are not in the metadata mapping, so their values are not read: "Definition:" (row 2; the mapping has "Definition"), "A" (row 3), "B" (row 4), "C" (row 5), "D" (row 6), and 1 more. Hint: Add each label with its field name to metadata-mapping.csv (a line such as "Definition,definitions"), or correct the label.',
    ]);
  });

  it('without a mapping, labels are field names; other labels are reported', () => {
    const { data, report } = read([['indicator_name', 'Poverty'], ['Definition', 'd']], { mapping: new Map() });
    expect(data).toEqual({ indicator_name: 'Poverty' });
    expect(report).toEqual([
      'meta/1-1-1.xlsx:2: warning: 1 label is not in the metadata mapping, so its value is not read: "Definition" (row 2). Hint: Write the field name itself in column A (such as indicator_name), or set metadata_mapping in the configuration.',
    ]);
  });

  it.each<[string, unknown[][], string]>([
    ['a value with no label and nothing above', [[null, 'orphan'], ['Goal', 'g']],
      'meta/1-1-1.xlsx:1: warning: A value without a label in column A, and no field above it to continue; not read. Hint: Write the label in column A (a row without one continues the field above it).'],
    ['content past column B', [['Goal', 'g', 'note'], ['Definition', 'd', null, 'x'], [null, null, 'more']],
      'meta/1-1-1.xlsx:1: warning: Column C has content in 2 rows; only column A (label) and column B (value) are read. Hint: Move the text into column B, or delete it.'],
  ])('reports %s', (_, rows, first) => expect(read(rows).report[0]).toBe(first));
});

describe('parseMetadataMapping', () => {
  it('reads label,field lines like sdg-build: quoted commas, blank lines, the later of two labels', () => {
    const problems = new ProblemList();
    const mapping = parseMetadataMapping('\uFEFFGoal,goal_name\r\n\r\n"Contact person(s), focal point",contact_name\nGoal ,goal_title\n', 'm.csv', problems);
    expect([...mapping]).toEqual([['Goal', 'goal_title'], ['Contact person(s), focal point', 'contact_name']]);
    expect(problems.items).toEqual([]);
  });

  it.each<[string, string]>([
    ['Contact person(s), focal point,contact_name\n',
      'm.csv:1: warning: Line has 3 cells; expected 2: a workbook label, then a field name. Not read. Hint: Quote a label that contains a comma: "Label, with comma",field_name.'],
    ['Goal,goal_name\n\nDefinition,\n',
      'm.csv:3: warning: Line has an empty field name; expected a workbook label, then a field name. Not read. Hint: Fill in both cells, or delete the line.'],
  ])('reports %j', (text, expected) => {
    const problems = new ProblemList();
    parseMetadataMapping(text, 'm.csv', problems);
    expect(problems.items.map((p) => formatProblem(p))).toEqual([expected]);
  });
});
