/**
 * What Open SDG publishes anyway is forgiven with a located warning (tests/fixtures/forgiving/, one file per
 * case, dropped into an otherwise good repository); `--strict` makes each an error. The whole report is
 * pinned: the exact words a statistician reads.
 */
import { describe, expect, it } from 'vitest';
import { strictly } from '../../../src/pipeline/problems.ts';
import { GOOD_CSV, GOOD_META, fixture, reportLines, siteOf } from './fixture-repo.ts';

const CSV = 'data/indicator_1-2-1.csv';
const META = 'meta/1-2-1.md';
const f = (name: string) => fixture(`forgiving/${name}`);

const cases: { name: string; files: Record<string, string>; expected: string[] }[] = [
  {
    name: 'columns with no header and no values (a spreadsheet export) are dropped',
    files: { [CSV]: f('trailing-empty-columns.csv') },
    expected: ['data/indicator_1-2-1.csv:1: warning: Columns 4, 5 have no header and no values; dropped. Hint: Delete the empty columns (a spreadsheet export often leaves them).'],
  },
  {
    name: 'Inf, -Inf and NaN are missing values',
    files: { [CSV]: f('infinite-values.csv') },
    expected: ['data/indicator_1-2-1.csv:3: warning: Column "Value": 3 cells hold "Inf", "NaN", "-Inf"; read as missing values. Hint: Leave the cell empty for a missing value.'],
  },
  {
    name: 'a byte-order mark and invisible characters in YAML keys are removed',
    files: { [META]: '', 'meta/1-2-1.yml': f('stray-key-characters.yml') },
    expected: ['meta/1-2-1.yml:3: warning: Key "graph_type" contains an invisible character (U+200B); read as "graph_type". Hint: Retype the key, or save the file as UTF-8 without BOM.'],
  },
  {
    name: 'a number or true/false where text is expected is shown as written',
    files: { [META]: '', 'meta/1-2-1.yml': f('number-as-text.yml') },
    expected: [
      'meta/1-2-1.yml:1: warning: indicator_name: expected text, received number 2021; shown as "2021". Hint: Quote the value ("2021") if it is meant as text.',
      'meta/1-2-1.yml:3: warning: graph_title: expected text, received boolean true; shown as "true". Hint: Quote the value ("true") if it is meant as text.',
    ],
  },
  {
    name: 'a translation file that does not parse: its keys fall back, the file is named',
    files: { 'translations/en/national_indicators.yml': f('broken-translation.yml') },
    expected: [
      "translations/en/national_indicators.yml:1: warning: YAML syntax error: a single quote is opened but never closed; its national_indicators.* labels fall back to another language or to the key. Hint: Close the quote at the end of the value, or remove it.",
    ],
  },
  {
    name: 'files no input reads are listed once per folder',
    files: { 'meta/README.md': f('README.md'), 'data/notes.txt': 'x', 'data/2.3.1.docx': 'x' },
    expected: [
      'data/:1: warning: 2 entries are not read by any input: 2.3.1.docx, notes.txt. Hint: Nothing to do if they are notes or source files; otherwise check the inputs in config_data.yml.',
      'meta/:1: warning: 1 entry is not read by any input: README.md. Hint: Nothing to do if it is a note or a source file; otherwise check the inputs in config_data.yml.',
    ],
  },
  {
    name: 'a missing reporting_status: the data decide',
    files: { [META]: '', 'meta/1-2-1.yml': f('no-status.yml') },
    expected: ['meta/1-2-1.yml:1: warning: reporting_status is missing; the indicator is shown as "complete", since it has data. Hint: Add "reporting_status: complete" (or inprogress, notstarted, notapplicable).'],
  },
  {
    name: 'an input class the portal does not read is named once, with what it skips',
    files: { 'config_data.yml': f('config-unknown-input.yml'), [META]: '', 'meta/1-2-1.yml': GOOD_META.replace(/^---\n|---\n[\s\S]*$/g, '') },
    expected: ['config_data.yml:4: warning: Input class "InputCkan" is not supported; what it names is not read. Hint: Supported: InputCsvData, InputYamlMdMeta, InputYamlMeta, InputExcelMeta, InputSdmxMl_Multiple, InputSdmxMl_StructureSpecific, InputSdmxMl_Structure. Convert those files to one of these, or ask for the format to be added.'],
  },
  {
    name: 'Python hooks: what is built in is a note, what must be declared a warning with the lines to add',
    files: { 'scripts/build_data.py': f('hook-build-data.py') },
    expected: [
      'scripts/build_data.py:3: warning: Python hook alter_data is not run; declare what it does in sdg-portal.yml. Built in: GeoCode taken from REF_AREA. Hint: Add to sdg-portal.yml: data: { drop_columns: [Source details] }.',
      'scripts/build_data.py:8: warning: Python hook alter_meta is not run; declare what it does in sdg-portal.yml. Line 10 could not be read: check what it does. Hint: Add to sdg-portal.yml: metadata: { set: { goal_meta_link_text: custom.meta_link_text } }.',
    ],
  },
  {
    name: 'a hook whose work the portal does itself is a note',
    files: { 'scripts/alterations.py': f('hook-geocode-only.py') },
    expected: ['scripts/alterations.py:1: info: Python hook alter_data is not run; what it does is done by the portal. Built in: GeoCode taken from REF_AREA.'],
  },
  {
    name: 'a declared hook is a note too',
    files: { 'scripts/build_data.py': f('hook-build-data.py').replace("    meta['views'] = compute_views(meta)\n", ''), 'sdg-portal.yml': 'data:\n  drop_columns: [Source details]\nmetadata:\n  set:\n    goal_meta_link_text: custom.meta_link_text\n' },
    expected: [
      'scripts/build_data.py:3: info: Python hook alter_data is not run; what it does is done by the portal. Built in: GeoCode taken from REF_AREA.',
      'scripts/build_data.py:8: info: Python hook alter_meta is not run; what it does is done by the portal.',
    ],
  },
];

describe('forgiven, with a located warning', () => {
  it.each(cases)('$name', async ({ files, expected }) => {
    const all: Record<string, string> = { [CSV]: GOOD_CSV, [META]: GOOD_META, ...files };
    for (const [k, v] of Object.entries(all)) if (v === '') delete all[k];
    expect(await reportLines(all)).toEqual(expected);
  });
});

describe('refused', () => {
  it('a configuration whose languages are not a list is an error at its line', async () => {
    expect(await reportLines({ [CSV]: GOOD_CSV, 'config_data.yml': f('config-bad-languages.yml'), 'meta/1-2-1.yml': 'reporting_status: complete\n' })).toEqual([
      'config_data.yml:1: error: languages: expected a list, received "en". Hint: See the Open SDG metadata format for this field, or remove it.',
    ]);
  });
});

describe('--strict', () => {
  it('turns every warning into an error and leaves notes alone', async () => {
    const site = await siteOf({ [CSV]: f('infinite-values.csv'), [META]: GOOD_META, 'scripts/build_data.py': f('hook-geocode-only.py'), 'meta/README.md': 'x' });
    expect(strictly(site.problems).map((p) => p.severity).sort()).toEqual(['error', 'error', 'info']);
  });
});

describe('sdg-portal.yml declares what the Python hooks did', () => {
  it('drops the columns it names and sets the fields it names', async () => {
    const site = await siteOf({ [CSV]: GOOD_CSV, [META]: GOOD_META, 'sdg-portal.yml': 'data:\n  drop_columns: [Sex]\nmetadata:\n  set:\n    national_geographical_coverage: Testland\n' });
    const ind = site.indicators.find((i) => i.id === '1-2-1')!;
    expect(ind.data!.columns).toEqual(['Year', 'Units', 'Value']);
    expect(ind.meta['national_geographical_coverage']).toBe('Testland');
  });

  it('reports an unknown key at its line', async () => {
    expect(await reportLines({ [CSV]: GOOD_CSV, [META]: GOOD_META, 'sdg-portal.yml': 'data:\n  drop_column: [Sex]\n' })).toEqual([
      'sdg-portal.yml:2: error: data: unknown field "drop_column". Hint: Check the spelling against the documentation, or remove it.',
    ]);
  });
});

describe('chart fields in the metadata', () => {
  it('reports a malformed entry at its own line and leaves it out of the chart', async () => {
    const files = { [CSV]: GOOD_CSV, 'meta/1-2-1.yml': f('../chart-meta/bad-entries.yml') };
    expect(await reportLines(files)).toEqual([
      'meta/1-2-1.yml:4: warning: graph_limits entry 1: maximum: expected a number, received "lots"; this entry is left out of the chart. Hint: See the Open SDG metadata format for this field, or remove the entry.',
      'meta/1-2-1.yml:9: warning: graph_target_lines entry 2: value: expected a number, received nothing; this entry is left out of the chart. Hint: See the Open SDG metadata format for this field, or remove the entry.',
      'meta/1-2-1.yml:11: warning: graph_types entry 1: type: expected one of line, bar, binary; received "pie"; this entry is left out of the chart. Hint: See the Open SDG metadata format for this field, or remove the entry.',
    ]);
    const ind = (await siteOf(files)).indicators[0]!;
    expect(ind.meta['graph_target_lines']).toEqual([{ value: 10, label_content: 'Target 2030' }]);
    expect(ind.meta['precision']).toEqual([{ decimals: 1 }]);
  });
});
