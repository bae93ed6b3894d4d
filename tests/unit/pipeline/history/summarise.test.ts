/**
 * The change summariser, table-driven: two versions of an indicator's CSV (and metadata) in, what changed out,
 * counted and in the English words the revisions list shows.
 */
import { describe, expect, it } from 'vitest';
import { describeChange } from '../../../../src/audiences/revisions/describe.ts';
import { emptySummary, readMetaVersion, summariseChange, type Versions } from '../../../../src/pipeline/history/summarise.ts';
import type { ChangeSummary } from '../../../../src/schemas/history.ts';

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
const md = (front: string, body = '') => readMetaVersion('meta/1-1-1.md', new TextEncoder().encode(`---\n${front}\n---\n${body}`));

const BASE = ['Year,Sex,Units,Value', '2019,,Percentage,10.4', '2020,,Percentage,11.6', '2021,,Percentage,10.8', '2021,Female,Percentage,11.3'];
const summary = (changes: Partial<ChangeSummary>): ChangeSummary => ({ ...emptySummary(), ...changes });

const cases: { name: string; versions: Versions; expected: ChangeSummary; words: string }[] = [
  {
    name: 'values revised',
    versions: { data: { before: csv(...BASE), after: csv(BASE[0]!, '2019,,Percentage,10.4', '2020,,Percentage,11.9', '2021,,Percentage,11.0', '2021,Female,Percentage,11.30') }, meta: [] },
    expected: summary({ valuesRevised: 2 }),
    words: '2 values revised',
  },
  {
    name: 'a year added, one revised',
    versions: { data: { before: csv(...BASE), after: csv(...BASE.slice(0, 2), '2020,,Percentage,11.5', ...BASE.slice(3), '2022,,Percentage,10.2', '2022,Female,Percentage,10.7') }, meta: [] },
    expected: summary({ valuesRevised: 1, yearsAdded: ['2022'] }),
    words: '1 value revised, 2022 added',
  },
  {
    name: 'years removed, a value removed from a year that stays',
    versions: { data: { before: csv(...BASE), after: csv(BASE[0]!, '2021,,Percentage,10.8') }, meta: [] },
    expected: summary({ yearsRemoved: ['2019', '2020'], valuesRemoved: 1 }),
    words: '2019 and 2020 removed, 1 value removed',
  },
  {
    name: 'unit renamed (every row), nothing else',
    versions: { data: { before: csv(...BASE), after: csv(...BASE.map((l) => l.replace(',Percentage,', ',Percentage (%),'))) }, meta: [] },
    expected: summary({ unitsRenamed: [{ from: 'Percentage', to: 'Percentage (%)' }] }),
    words: 'Unit renamed from “Percentage” to “Percentage (%)”',
  },
  {
    name: 'many values revised, a year added, the unit renamed',
    versions: {
      data: {
        before: csv('Year,Units,Value', ...Array.from({ length: 12 }, (_, i) => `${2010 + i},%,${i}`)),
        after: csv('Year,Units,Value', ...Array.from({ length: 12 }, (_, i) => `${2010 + i},Percentage (%),${i + 0.5}`), '2023,Percentage (%),13'),
      },
      meta: [],
    },
    expected: summary({ valuesRevised: 12, yearsAdded: ['2023'], unitsRenamed: [{ from: '%', to: 'Percentage (%)' }] }),
    words: '12 values revised, 2023 added, unit renamed from “%” to “Percentage (%)”',
  },
  {
    name: 'metadata only: fields changed and the page text',
    versions: { meta: [{ before: md('reporting_status: complete\nsource_url_1: https://a.example', 'Old text.'), after: md('reporting_status: complete\nsource_url_1: https://b.example\nsource_periodicity_1: Annual', 'New text.') }] },
    expected: summary({ metadataChanged: ['source_url_1', 'source_periodicity_1', 'body'] }),
    words: 'Metadata updated (Source url 1, Source periodicity 1 and page text)',
  },
  {
    name: 'the metadata unit changed: a rename, not a field',
    versions: { meta: [{ before: md('computation_units: Percentage'), after: md('computation_units: Percentage (%)') }] },
    expected: summary({ unitsRenamed: [{ from: 'Percentage', to: 'Percentage (%)' }] }),
    words: 'Unit renamed from “Percentage” to “Percentage (%)”',
  },
  {
    name: 'provisional figures made final',
    versions: {
      data: { before: csv('Year,Observation status,Value', '2022,Provisional,10.2', '2021,,9'), after: csv('Year,Observation status,Value', '2022,Normal value,10.2', '2021,,9') },
      meta: [],
    },
    expected: summary({ statusChanged: 1 }),
    words: 'Observation status changed for 1 value',
  },
  {
    name: 'a breakdown added: its values are new, the totals unchanged',
    versions: { data: { before: csv('Year,Value', '2020,5', '2021,6'), after: csv('Year,Sex,Value', '2020,,5', '2021,,6', '2021,Female,6.5', '2021,Male,5.5') }, meta: [] },
    expected: summary({ columnsAdded: ['Sex'], valuesAdded: 2 }),
    words: '2 values added, breakdown by Sex added',
  },
  {
    name: 'a unit changed on one row only is no rename: that value moves',
    versions: { data: { before: csv(...BASE), after: csv(BASE[0]!, BASE[1]!, BASE[2]!, '2021,,Per cent,10.8', BASE[4]!) }, meta: [] },
    expected: summary({ valuesAdded: 1, valuesRemoved: 1 }),
    words: '1 value added, 1 value removed',
  },
  {
    name: 'a cell with a line break in it: the files are compared whole',
    versions: { data: { before: csv('Year,COMMENT_OBS,Value', '2020,"first\nline",5'), after: csv('Year,COMMENT_OBS,Value', '2020,"first\nline",6', '2021,,7') }, meta: [] },
    expected: summary({ valuesRevised: 1, yearsAdded: ['2021'] }),
    words: '1 value revised, 2021 added',
  },
  {
    name: 'the first version',
    versions: { data: { after: csv(...BASE) }, meta: [{ after: md('reporting_status: complete') }] },
    expected: summary({ created: { values: 4, years: ['2019', '2020', '2021'] } }),
    words: 'First published: 4 values for 2019, 2020 and 2021',
  },
  {
    name: 'the data file deleted',
    versions: { data: { before: csv(...BASE) }, meta: [] },
    expected: summary({ dataRemoved: true }),
    words: 'Data file removed',
  },
  {
    name: 'reformatted only (quotes, trailing zeros, row order)',
    versions: { data: { before: csv(...BASE), after: csv(BASE[0]!, '"2021",,Percentage,10.80', ...BASE.slice(1, 3), '2021,Female,Percentage,11.3') }, meta: [] },
    expected: summary({}),
    words: 'File reformatted; no value or field changed',
  },
];

describe('summariseChange', () => {
  it.each(cases)('$name', ({ versions, expected, words }) => {
    const s = summariseChange(versions);
    expect(s).toEqual(expected);
    expect(describeChange(s)).toBe(words);
  });

  it('names the fields by the labels the page shows, and counts what does not fit', () => {
    const s = summary({ metadataChanged: ['source_url_1', 'computation_units', 'body', 'a', 'b'] });
    const label = (k: string) => ({ source_url_1: 'Link', computation_units: 'Unit', body: 'page text' })[k] ?? k;
    expect(describeChange(s, label, false)).toBe('metadata updated (Link, Unit, page text and 2 other fields)');
  });

  it('writes a long run of years as a range', () => {
    expect(describeChange(summary({ yearsAdded: ['2015', '2016', '2017', '2018'] }))).toBe('2015–2018 added');
  });
});
