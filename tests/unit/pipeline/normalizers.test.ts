import { describe, expect, it } from 'vitest';
import { compareIds, isIndicatorId, toDotted, toSlug } from '../../../src/pipeline/ids.ts';
import { compareYears, sortYears } from '../../../src/pipeline/years.ts';
import { nearest } from '../../../src/pipeline/suggest.ts';
import { resolveText } from '../../../src/pipeline/translations.ts';
import { splitFrontMatter } from '../../../src/pipeline/parse-yaml.ts';
import { textColourOn, contrast, GOAL_COLOURS } from '../../../src/pipeline/goal-colours.ts';

describe('isIndicatorId', () => {
  it.each([
    ['1-2-1', true], ['17-a-1', true], ['3-b-3', true], ['10-10-1', true],
    ['2-1-2-1', true], ['1-3-1-a', true], ['4-c-1-2', true],
    ['1-2', false], ['1.2.1', false], ['18-1-1', false], ['0-1-1', false], ['indicator_1-2-1', false], ['1-2-1-', false], ['readme', false], ['1-2-1-A', false],
  ])('%s → %s', (id, expected) => expect(isIndicatorId(id)).toBe(expected));
});

describe('toSlug / toDotted', () => {
  it.each([['1.2.1', '1-2-1'], ['17.A.1', '17-a-1'], [' 8.5.1 ', '8-5-1']])('%s → %s', (a, b) => expect(toSlug(a)).toBe(b));
  it.each([['1-2-1', '1.2.1'], ['17-a-1', '17.a.1']])('%s → %s', (a, b) => expect(toDotted(a)).toBe(b));
});

describe('compareIds orders as the framework does', () => {
  it('numbers before letters, numerically', () => {
    expect(['1-a-1', '1-10-1', '10-1-1', '1-2-1', '2-1-1', '1-2-10', '1-2-2'].sort(compareIds))
      .toEqual(['1-2-1', '1-2-2', '1-2-10', '1-10-1', '1-a-1', '2-1-1', '10-1-1']);
  });
});

describe('years: text kept, ordered by first number', () => {
  it.each([
    [['2016', '2013/16', '2015'], ['2013/16', '2015', '2016']],
    [['2019 Q2', '2019 Q1', '2018'], ['2018', '2019 Q1', '2019 Q2']],
    [['2010-2012', '2009', '2009'], ['2009', '2010-2012']],
  ])('%j → %j', (input, expected) => expect(sortYears(input)).toEqual(expected));
  it('compares', () => expect(compareYears('2012/13', '2012')).toBeGreaterThan(0));
});

describe('nearest suggests plausible typos only', () => {
  it.each([
    ['completed', ['complete', 'notstarted'], 'complete'],
    ['lines', ['line', 'bar', 'binary'], 'line'],
    ['Bar', ['line', 'bar', 'binary'], 'bar'],
    ['histogram', ['line', 'bar', 'binary'], undefined],
  ])('%s → %s', (input, options, expected) => expect(nearest(input, options)).toBe(expected));
});

describe('resolveText', () => {
  const translations = new Map([['global_indicators.1-2-1-title', 'Proportion of population']]);
  const groups = new Set(['global_indicators']);
  it.each([
    ['global_indicators.1-2-1-title', { kind: 'translated', text: 'Proportion of population', key: 'global_indicators.1-2-1-title' }],
    ['global_indicators.9-9-9-title', { kind: 'missing', text: 'global_indicators.9-9-9-title', key: 'global_indicators.9-9-9-title' }],
    ['e.g', { kind: 'text', text: 'e.g' }],
    ['Tier I', { kind: 'text', text: 'Tier I' }],
  ])('%s', (value, expected) => expect(resolveText(value, translations, groups)).toEqual(expected));
});

describe('splitFrontMatter', () => {
  it.each([
    ['---\na: 1\n---\nbody', { yaml: 'a: 1', yamlLine: 2, body: 'body', leadingBlankLines: 0 }],
    ['---\r\na: 1\r\n---\r\nbody\r\n', { yaml: 'a: 1', yamlLine: 2, body: 'body\r\n', leadingBlankLines: 0 }],
    ['\n\n---\na: 1\n---\n', { yaml: 'a: 1', yamlLine: 4, body: '', leadingBlankLines: 2 }],
    ['no front matter', { yaml: '', yamlLine: 1, body: 'no front matter', leadingBlankLines: 0 }],
  ])('%j', (text, expected) => expect(splitFrontMatter(text)).toEqual(expected));
});

describe('goal colours', () => {
  it('every goal number reads on its colour at 3:1 or better (large bold text)', () => {
    for (const c of GOAL_COLOURS) expect(contrast(c, textColourOn(c))).toBeGreaterThanOrEqual(3);
  });
  it.each([['#FCC30B', '#000000'], ['#19486A', '#FFFFFF']])('%s → %s', (bg, fg) => expect(textColourOn(bg)).toBe(fg));
});
