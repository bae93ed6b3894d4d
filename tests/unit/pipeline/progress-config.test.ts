/**
 * Bad progress configuration, one fixture per case (tests/fixtures/progress-bad/), each dropped into an otherwise
 * good repository: the whole report is pinned, in the words an editor reads.
 */
import { describe, expect, it } from 'vitest';
import { fixture, reportLines, siteOf } from './fixture-repo.ts';

const CSV = 'data/indicator_1-2-1.csv';
const META = 'meta/1-2-1.md';
const bad = (name: string) => fixture(`progress-bad/${name}`);
const DATA = bad('indicator_1-2-1.csv');

const cases: { meta: string; csv?: string; expected: string[] }[] = [
  {
    meta: 'auto-not-a-flag.md',
    expected: [
      'meta/1-2-1.md:5: error: auto_progress_calculation: expected true or false, received "sometimes". Hint: Write "auto_progress_calculation: true" to calculate progress from the data, or leave the field out.',
    ],
  },
  {
    meta: 'base-year-not-a-year.md',
    expected: [
      'meta/1-2-1.md:8: error: progress_calculation_options entry 1: base_year: expected a number, received "2015-16". Hint: Write a four-digit year, e.g. 2015.',
    ],
  },
  {
    meta: 'disaggregation-field-not-in-data.md',
    expected: [
      'meta/1-2-1.md:9: warning: progress_calculation_options entry 1: disaggregation field "Gender" is not a breakdown column of the data, which has "Sex" (data/indicator_1-2-1.csv); progress is not calculated for this line. Hint: Write the column name exactly as in the data\'s header row.',
    ],
  },
  {
    meta: 'disaggregation-not-a-list.md',
    expected: [
      'meta/1-2-1.md:8: error: progress_calculation_options entry 1: disaggregation: expected a list, received "Sex". Hint: Write each breakdown as "- field: <column>" with "value: <value>" under it, as in the data.',
    ],
  },
  {
    meta: 'disaggregation-value-not-in-data.md',
    expected: [
      'meta/1-2-1.md:9: warning: progress_calculation_options entry 1: disaggregation value "Femal" is not in column "Sex" for the series and unit chosen, which has "Female", "Male" (data/indicator_1-2-1.csv); progress is not calculated for this line. Hint: Did you mean "Female"?',
    ],
  },
  {
    meta: 'disaggregation-without-value.md',
    expected: [
      'meta/1-2-1.md:9: error: progress_calculation_options entry 1: disaggregation.0.value: expected text, received nothing. Hint: Write each breakdown as "- field: <column>" with "value: <value>" under it, as in the data.',
    ],
  },
  {
    meta: 'entry-not-a-mapping.md',
    expected: [
      'meta/1-2-1.md:8: error: progress_calculation_options entry 2: expected fields such as "direction" and "target", received "negative". Hint: Write the entry as "- direction: negative" with its other fields indented under it.',
    ],
  },
  {
    meta: 'expected-disaggregations-not-a-list.md',
    expected: [
      'meta/1-2-1.md:5: warning: expected_disaggregations: expected a list of column names, received a set of fields; ignored. Hint: Write each expected breakdown on its own line, e.g. "- Sex".',
    ],
  },
  {
    meta: 'limit-not-a-number.md',
    expected: [
      'meta/1-2-1.md:8: error: progress_calculation_options entry 1: limit: expected a number, received "100%". Hint: Write the natural floor or ceiling of the values as a plain number (e.g. 100 for a percentage).',
    ],
  },
  {
    meta: 'limit-with-target.md',
    expected: [
      'meta/1-2-1.md:9: warning: progress_calculation_options entry 1: limit is ignored where a target is given (as Open SDG does). Hint: Remove "limit", or remove "target" to judge the observed growth alone.',
    ],
  },
  {
    meta: 'misspelt-direction.md',
    expected: [
      'meta/1-2-1.md:8: error: progress_calculation_options entry 1: direction: expected one of negative, positive; received "postive". Hint: Did you mean "positive"? Write "negative" where a fall is progress (e.g. poverty), "positive" where a rise is (e.g. access to water).',
    ],
  },
  {
    meta: 'options-not-a-list.md',
    expected: [
      'meta/1-2-1.md:6: error: progress_calculation_options: expected a list of entries, received a set of fields. Hint: Start each entry on its own line with "- ", e.g. "- direction: negative".',
    ],
  },
  {
    meta: 'options-without-auto.md',
    expected: [
      'meta/1-2-1.md:5: warning: progress_calculation_options is set, but auto_progress_calculation is not true; no progress is calculated. Hint: Add "auto_progress_calculation: true" to calculate progress, or remove the options.',
    ],
  },
  {
    meta: 'series-not-in-data.md',
    expected: [
      'meta/1-2-1.md:7: warning: progress_calculation_options entry 1: series "Povrty" is not in the data, which have "Poverty", "Deprivation" (data/indicator_1-2-1.csv); progress is not calculated for this line. Hint: Did you mean "Poverty"?',
    ],
  },
  {
    meta: 'several-series.md',
    expected: [
      'meta/1-2-1.md:7: warning: progress_calculation_options entry 1: the line has several series ("Poverty", "Deprivation") (data/indicator_1-2-1.csv); progress is not calculated for this line. Hint: Add "series: <one of them>" to the entry, or one entry per series.',
    ],
  },
  {
    meta: 'target-not-a-number.md',
    expected: [
      'meta/1-2-1.md:9: error: progress_calculation_options entry 1: target: expected a number, received "seventy". Hint: Write the value to reach by the target year as a plain number (70, 0.5), without units or % signs.',
    ],
  },
  {
    meta: 'thresholds-not-numbers.md',
    expected: [
      'meta/1-2-1.md:9: error: progress_calculation_options entry 1: progress_thresholds.high: expected a number, received "a lot". Hint: Write the thresholds as numbers under "progress_thresholds:": high, med and low (e.g. "high: 0.015").',
    ],
  },
  {
    meta: 'thresholds-unknown-key.md',
    expected: [
      'meta/1-2-1.md:9: error: progress_calculation_options entry 1: progress_thresholds: unknown field "hi". Hint: Write the thresholds as numbers under "progress_thresholds:": high, med and low (e.g. "high: 0.015").',
    ],
  },
  {
    meta: 'unit-not-in-data.md',
    expected: [
      'meta/1-2-1.md:8: warning: progress_calculation_options entry 1: unit "Rate" is not in the data, which has "Percentage (%)" (data/indicator_1-2-1.csv); progress is not calculated for this line. Hint: Write the unit exactly as in the data, or remove "unit".',
    ],
  },
  {
    meta: 'unknown-direction.md',
    expected: [
      'meta/1-2-1.md:8: error: progress_calculation_options entry 1: direction: expected one of negative, positive; received "down". Hint: Write "negative" where a fall is progress (e.g. poverty), "positive" where a rise is (e.g. access to water).',
    ],
  },
  {
    meta: 'unknown-option-field.md',
    expected: [
      'meta/1-2-1.md:8: warning: progress_calculation_options entry 1: unknown field "taget"; ignored. Hint: Did you mean "target"?',
    ],
  },
  {
    meta: 'unknown-progress-status.md',
    expected: [
      'meta/1-2-1.md:5: warning: progress_status: "on_track" is not one of target_achieved, substantial_progress, moderate_progress, limited_progress, deterioration, not_available; shown as "on_track". Hint: Use one of those, or define the status in the site repository (SDG_SITE_DIR: progress_status.status_types).',
    ],
  },
  {
    meta: 'headline-default.md',
    expected: [
      'meta/1-2-1.md:5: warning: auto_progress_calculation: the line has several series ("Poverty", "Deprivation") (data/indicator_1-2-1.csv); progress is not calculated for this line. Hint: Add "series: <one of them>" to the entry, or one entry per series.',
    ],
  },
  {
    meta: 'headline-default.md',
    csv: 'no-headline.csv',
    expected: [
      'meta/1-2-1.md:5: warning: auto_progress_calculation: the data have no headline (rows with every breakdown blank) to measure (data/indicator_1-2-1.csv); progress is not calculated for this line. Hint: Name the line with "disaggregation" (a field and value for each breakdown), as Open SDG needs it there too.',
    ],
  },
  {
    meta: 'headline-default.md',
    csv: 'duplicate-year.csv',
    expected: [
      'meta/1-2-1.md:5: warning: auto_progress_calculation: the line has more than one value for a year (years are read by their first four characters) in data/indicator_1-2-1.csv; progress is not calculated for it. Hint: Pick a single line with "series", "unit" or "disaggregation", or keep one value per year.',
    ],
  },
  {
    meta: 'headline-default.md',
    csv: 'progress-not-a-number.csv',
    expected: [
      'data/indicator_1-2-1.csv:3: error: Column "Progress": expected a number, received "about 15". Hint: The Progress column replaces Value in the progress calculation only: write a number, or leave the cell empty.',
    ],
  },
];

describe('bad progress configuration is reported, located, with a fix', () => {
  it.each(cases.map((c) => ({ ...c, name: c.csv ?? c.meta })))('$name', async ({ meta, csv, expected }) => {
    expect(await reportLines({ [CSV]: csv ? bad(csv) : DATA, [META]: bad(meta) })).toEqual(expected);
  });
});

const meta = (body: string) => `---\nindicator_number: 1.2.1\nreporting_status: complete\n${body}---\n`;
async function progressOf(body: string, csv = DATA) {
  const site = await siteOf({ [CSV]: csv, [META]: meta(body) });
  return { problems: site.problems, progress: site.indicators.find((i) => i.id === '1-2-1')!.progress };
}

describe('a good configuration is measured line by line, without a problem', () => {
  it('each configured line gets its status; the indicator the least favourable', async () => {
    const { problems, progress } = await progressOf([
      'auto_progress_calculation: true',
      'progress_calculation_options:',
      '  - series: Poverty',
      '    target: 7.5',
      '  - series: Poverty',
      '    disaggregation:',
      '      - field: Sex',
      '        value: Female',
      '  - group:',
      '      - series: Poverty',
      '        disaggregation: [{ field: Sex, value: Male }]',
      '        direction: positive',
      '',
    ].join('\n'));
    expect(problems).toEqual([]);
    expect(progress?.source).toBe('calculated');
    expect(progress?.lines.map((l) => [l.label, l.measure.status, l.measure.method])).toEqual([
      // (13.8/15.1)^(1/2) − 1 = −0.0440 against (7.5/15.1)^(1/15) − 1 = −0.0456: ratio 0.966.
      ['Poverty', 'substantial_progress', 'ratio'],
      // (15/16)^(1/2) − 1 = −0.032: a fall of 3.2% a year.
      ['Poverty, Sex: Female', 'substantial_progress', 'growth'],
      // A single year (2017) for men: nothing to compare.
      ['Poverty, Sex: Male', 'not_available', 'growth'],
    ]);
    expect(progress?.lines[0]?.measure.progressValue).toBeCloseTo(0.9656, 3);
    expect(progress?.status).toBe('substantial_progress');
  });

  it('with the calculation off, the status set by hand (an older name read as today\'s)', async () => {
    expect(await progressOf('progress_status: negligible_progress\n')).toEqual({ problems: [], progress: { source: 'manual', status: 'limited_progress', lines: [] } });
    // Turned on, the calculation wins over a status set by hand (as in Open SDG).
    const { progress } = await progressOf('auto_progress_calculation: true\nprogress_status: target_achieved\nprogress_calculation_options:\n  - series: Poverty\n');
    expect(progress?.source).toBe('calculated');
  });

  it('a Progress column replaces Value in the calculation only', async () => {
    const csv = 'Year,Value,Progress\n2015,10,10\n2020,12,8\n';
    const { problems, progress } = await progressOf('auto_progress_calculation: true\n', csv);
    expect(problems).toEqual([]);
    // Value rose (deterioration where a fall is progress); the Progress column fell: (8/10)^(1/5) − 1 = −0.0436.
    expect(progress?.lines[0]).toMatchObject({ fromProgressColumn: true, label: '', measure: { status: 'substantial_progress', baseValue: 10, currentValue: 8 } });
    const site = await siteOf({ [CSV]: csv, [META]: meta('') });
    expect(site.indicators[0]!.data!.disaggregations).toEqual([]);
  });

  it('names a line by its codes or by its labels', async () => {
    const files = {
      [CSV]: 'Year,SEX,Value\n2015,,10\n2020,,9\n2015,F,11\n2020,F,12\n',
      [META]: meta('auto_progress_calculation: true\nprogress_calculation_options:\n  - disaggregation: [{ field: SEX, value: F }]\n  - disaggregation: [{ field: Sex, value: Female }]\n'),
      'translations/en/SEX.yml': 'SEX: Sex\nF: Female\n',
    };
    const site = await siteOf(files);
    expect(site.problems).toEqual([]);
    const lines = site.indicators[0]!.progress!.lines;
    expect(lines.map((l) => [l.label, l.codes, l.measure.status])).toEqual([
      ['Sex: Female', { dims: { SEX: 'F' } }, 'deterioration'],
      ['Sex: Female', { dims: { SEX: 'F' } }, 'deterioration'],
    ]);
  });

  it('reports which expected breakdowns the data have', async () => {
    const site = await siteOf({ [CSV]: DATA, [META]: meta('expected_disaggregations:\n  - Sex\n  - Age\n') });
    expect(site.indicators[0]!.disaggregationStatus).toEqual({
      status: 'inprogress',
      expected: [{ column: 'Sex', label: 'Sex', reported: true }, { column: 'Age', label: 'Age', reported: false }],
    });
  });
});
