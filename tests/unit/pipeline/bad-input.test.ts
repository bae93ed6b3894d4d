import { describe, expect, it } from 'vitest';
import { GOOD_CSV, GOOD_META, fixture, reportLines } from './fixture-repo.ts';

/**
 * One fixture file per problem. Each is dropped into an otherwise good repository at `at`,
 * and the whole report is pinned: the exact words a statistician reads.
 */
const CSV = 'data/indicator_1-2-1.csv';
const META = 'meta/1-2-1.md';
const cases: { fixture: string; at: string; expected: string[] }[] = [
  {
    fixture: 'missing-year-column.csv',
    at: CSV,
    expected: [
      'data/indicator_1-2-1.csv:1: error: Missing required column "Year"; the header has "Sex", "Value". Hint: Add a "Year" column.',
    ],
  },
  {
    fixture: 'missing-value-column.csv',
    at: CSV,
    expected: [
      'data/indicator_1-2-1.csv:1: error: Missing required column "Value"; the header has "Year", "Units", "value". Hint: Rename "value" to "Value" (names are case-sensitive).',
    ],
  },
  {
    fixture: 'non-numeric-value.csv',
    at: CSV,
    expected: [
      'data/indicator_1-2-1.csv:3: error: Column "Value": expected a number, received "n/a". Hint: Leave the cell empty for a missing value; put notes in COMMENT_OBS.',
      'data/indicator_1-2-1.csv:4: error: Column "Value": expected a number, received "1,2". Hint: Use a point as the decimal separator (write 1.2, not 1,2).',
    ],
  },
  {
    fixture: 'ragged-row.csv',
    at: CSV,
    expected: [
      'data/indicator_1-2-1.csv:3: error: Row has 4 cells; the header has 3 columns. Hint: Remove the extra cells, or quote values that contain a comma.',
      'data/indicator_1-2-1.csv:4: warning: Row has 2 cells; the header has 3 columns; the row is left out, since its values cannot be placed. Hint: Add the missing cells (leave a cell empty for "no value").',
    ],
  },
  {
    fixture: 'duplicate-observation.csv',
    at: CSV,
    expected: [
      'data/indicator_1-2-1.csv:4: warning: Duplicate observation: same Year, Series, Units, GeoCode and disaggregation values as line 2 (value 16.0 there, 16.5 here); this row is left out of charts, tables and the SDMX downloads. Hint: Delete one of the two rows, or add a column whose values tell them apart.',
    ],
  },
  {
    fixture: 'empty-file.csv',
    at: CSV,
    expected: [
      'data/indicator_1-2-1.csv:1: error: The file is empty: expected a header row with at least "Year" and "Value". Hint: Add the header and data rows, or delete the file (metadata alone gives the indicator a page).',
    ],
  },
  {
    fixture: 'header-only.csv',
    at: CSV,
    expected: [
      'data/indicator_1-2-1.csv:1: warning: The file has a header but no data rows; the indicator is shown as having no data yet. Hint: Add observations when they exist; until then the page says so.',
    ],
  },
  {
    fixture: 'trailing-spaces.csv',
    at: CSV,
    expected: [
      'data/indicator_1-2-1.csv:1: warning: Column header "Sex " has leading or trailing spaces; read as "Sex". Hint: Remove the spaces from the header.',
      'data/indicator_1-2-1.csv:3: warning: Column "Sex": 2 cells have leading or trailing spaces; trimmed. Hint: Remove the spaces around the values.',
    ],
  },
  { fixture: 'bom-crlf-quoted.csv', at: CSV, expected: [] },
  {
    fixture: 'yaml-syntax-error.md',
    at: META,
    expected: [
      'meta/1-2-1.md:4: error: YAML syntax error: a double quote is opened but never closed. Hint: Close the quote at the end of the value, or remove it.',
    ],
  },
  {
    fixture: 'unknown-reporting-status.md',
    at: META,
    expected: [
      'meta/1-2-1.md:3: warning: reporting_status: "completed" is not one of complete, inprogress, notstarted, notapplicable; shown as "completed". Hint: Did you mean "complete"? If "completed" is your own status, define it in the site repository (SDG_SITE_DIR).',
    ],
  },
  {
    fixture: 'unknown-graph-type.md',
    at: META,
    expected: [
      'meta/1-2-1.md:4: error: graph_type: expected one of line, bar, binary; received "lines". Hint: Did you mean "line"?',
    ],
  },
  {
    fixture: 'bad-indicator-id.md',
    at: 'meta/1-2.md',
    expected: [
      'meta/1-2.md:1: warning: "1-2" is not an indicator id (goal-target-indicator such as 1-2-1, or a national id such as 2-1-2-1); the file is not read. Hint: Rename it after the indicator it describes (dots become dashes: 1.2.1 → 1-2-1), or add "standalone: true" for a page outside the goals.',
    ],
  },
  {
    fixture: 'csv-without-metadata.csv',
    at: 'data/indicator_1-2-2.csv',
    expected: [
      'data/indicator_1-2-2.csv:1: error: No metadata for indicator 1.2.2: expected a metadata file for it (e.g. meta/1-2-2.md). Hint: Create meta/1-2-2.md with at least "reporting_status: complete", or delete the data file.',
    ],
  },
  {
    fixture: 'unresolved-translation-key.md',
    at: META,
    expected: [
      'meta/1-2-1.md:3: warning: indicator_name: translation key "global_indicators.1-2-99-title" does not resolve; shown as text. Hint: Add "1-2-99-title" to translations/<lang>/global_indicators.yml, or write the text itself.',
    ],
  },
];

describe('every bad input is reported, located, with a fix', () => {
  it.each(cases)('$fixture', async ({ fixture: name, at, expected }) => {
    const files = { [CSV]: GOOD_CSV, [META]: GOOD_META, [at]: fixture(`bad-input/${name}`) };
    expect(await reportLines(files)).toEqual(expected);
  });

  it('reports every problem of every file at once, errors first', async () => {
    const lines = await reportLines({
      [CSV]: fixture('bad-input/non-numeric-value.csv'),
      [META]: fixture('bad-input/unknown-graph-type.md'),
      'data/indicator_1-3-1.csv': fixture('bad-input/trailing-spaces.csv'),
      'meta/1-3-1.md': GOOD_META,
    });
    expect(lines.map((l) => l.split(': ').slice(0, 2).join(': '))).toEqual([
      'data/indicator_1-2-1.csv:3: error',
      'data/indicator_1-2-1.csv:4: error',
      'meta/1-2-1.md:4: error',
      'data/indicator_1-3-1.csv:1: warning',
      'data/indicator_1-3-1.csv:3: warning',
    ]);
  });

  it('metadata without a CSV is normal: no problem', async () => {
    expect(await reportLines({ [META]: GOOD_META })).toEqual([]);
  });
});
