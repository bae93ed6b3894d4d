/**
 * The progress method (src/pipeline/progress/measure.ts) on hand-made series: every branch of sdg-build's
 * SeriesProgress, with the figures worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { leastFavourable, limitCoefficient, measureProgress, statusOf, type ProgressPoint } from '../../../src/pipeline/progress/measure.ts';
import type { ProgressMeasure, ProgressSettings } from '../../../src/schemas/progress.ts';

const DEFAULTS: ProgressSettings = { direction: 'negative', baseYear: 2015, targetYear: 2030 };
/** A series from `year: value` pairs. */
const series = (pairs: Record<string, number | null>): ProgressPoint[] => Object.entries(pairs).map(([year, value]) => ({ year, value }));
const two = (from: number, to: number, years = 5) => series({ 2015: from, [2015 + years]: to });

type Case = [name: string, points: ProgressPoint[], settings: Partial<ProgressSettings>, expected: Partial<ProgressMeasure>];

describe('measureProgress: not available', () => {
  it.each<Case>([
    ['no rows', [], {}, { status: 'not_available', reason: 'no-data' }],
    ['only missing values', series({ 2015: null, 2016: null }), {}, { status: 'not_available', reason: 'no-data' }],
    ['years that are not years', [{ year: 'Q1', value: 3 }], {}, { status: 'not_available', reason: 'no-data' }],
    ['the base year after the latest year', series({ 2010: 5, 2013: 4 }), {}, { status: 'not_available', reason: 'base-year-after-latest', currentYear: 2013, currentValue: 4 }],
    ['a single year', series({ 2016: 5 }), {}, { status: 'not_available', reason: 'too-few-years', baseYear: 2016, currentYear: 2016 }],
    ['a single year at or after the base year', series({ 2012: 3, 2016: 5 }), {}, { status: 'not_available', reason: 'too-few-years', baseYear: 2016 }],
    ['two values for one year ("2015" and "2015/16")', series({ 2015: 5, '2015/16': 6, 2018: 4 }), {}, { status: 'not_available', reason: 'duplicate-year' }],
    ['base and current values of opposite signs', two(10, -5), {}, { status: 'not_available', reason: 'opposite-signs', baseValue: 10, currentValue: -5 }],
  ])('%s', (_, points, settings, expected) => {
    expect(measureProgress(points, { ...DEFAULTS, ...settings })).toMatchObject(expected);
  });
});

describe('measureProgress: years', () => {
  it.each<Case>([
    ['the configured base year where the data have it', series({ 2014: 9, 2015: 10, 2020: 9 }), {}, { baseYear: 2015, baseValue: 10, configuredBaseYear: 2015 }],
    ['else the first year after it', series({ 2012: 12, 2016: 10, 2018: 9 }), {}, { baseYear: 2016, baseValue: 10, configuredBaseYear: 2015 }],
    ['a base year of their own', series({ 2015: 10, 2017: 9, 2020: 8 }), { baseYear: 2017 }, { baseYear: 2017, baseValue: 9, configuredBaseYear: 2017 }],
    ['years cut to their first four characters', series({ '2015/16': 10, '2019/20': 9 }), {}, { baseYear: 2015, currentYear: 2019 }],
    ['missing values dropped: the latest valued year is current', series({ 2015: 10, 2019: 9, 2020: null }), {}, { currentYear: 2019, currentValue: 9 }],
    ['in any order', series({ 2020: 8, 2015: 10 }), {}, { baseYear: 2015, currentYear: 2020 }],
  ])('%s', (_, points, settings, expected) => {
    expect(measureProgress(points, { ...DEFAULTS, ...settings })).toMatchObject(expected);
  });
});

describe('measureProgress without a target: the observed growth', () => {
  it.each<[string, ProgressPoint[], Partial<ProgressSettings>, ProgressMeasure['status'], number]>([
    // (90/100)^(1/5) − 1 = −0.020852; direction negative turns it round: 0.020852 ≥ 0.015.
    ['a fall of 2.1% a year, a fall is progress', two(100, 90), {}, 'substantial_progress', 0.020852],
    // (96/100)^(1/5) − 1 = −0.008131 → 0.008131: at least 0.005, below 0.015.
    ['a fall of 0.8% a year', two(100, 96), {}, 'moderate_progress', 0.008131],
    // (99/100)^(1/5) − 1 = −0.002008 → 0.002008: at least 0, below 0.005.
    ['a fall of 0.2% a year', two(100, 99), {}, 'limited_progress', 0.002008],
    ['no change at all', two(100, 100), {}, 'limited_progress', 0],
    // (105/100)^(1/5) − 1 = 0.009806 → −0.009806 < 0.
    ['a rise, where a fall is progress', two(100, 105), {}, 'deterioration', -0.009806],
    // (110/100)^(1/5) − 1 = 0.019245, direction positive keeps it.
    ['a rise of 1.9% a year, a rise is progress', two(100, 110), { direction: 'positive' }, 'substantial_progress', 0.019245],
    ['a fall, where a rise is progress', two(100, 90), { direction: 'positive' }, 'deterioration', -0.020852],
    // Negative values turn every sign round: −100 → −90 is a rise; direction negative wants a fall.
    ['negative values rising, where a fall is progress', two(-100, -90), {}, 'deterioration', -0.020852],
    ['negative values falling, where a fall is progress', two(-90, -100), {}, 'substantial_progress', 0.021296],
    // A base value of 0 is computed as 0.001: (2/0.001)^(1/5) − 1 = 3.573.
    ['a base value of 0', two(0, 2), { direction: 'positive' }, 'substantial_progress', 3.573050],
  ])('%s', (_, points, settings, status, value) => {
    const m = measureProgress(points, { ...DEFAULTS, ...settings });
    expect(m.method).toBe('growth');
    expect(m.status).toBe(status);
    expect(m.progressValue).toBeCloseTo(value, 5);
    expect(m.thresholds).toEqual({ high: 0.015, med: 0.005, low: 0 });
  });

  it('says when a base value of 0 was computed as 0.001', () => {
    expect(measureProgress(two(0, 2), { ...DEFAULTS, direction: 'positive' })).toMatchObject({ baseValue: 0, baseAdjusted: true });
    expect(measureProgress(two(1, 2), { ...DEFAULTS, direction: 'positive' }).baseAdjusted).toBeUndefined();
  });

  it.each<[string, NonNullable<ProgressSettings['thresholds']>, ProgressMeasure['status'], { high: number; med: number; low: number }]>([
    // 0.020852 against a higher bar.
    ['progress_thresholds replace the defaults', { high: 0.03, med: 0.02, low: 0.01 }, 'moderate_progress', { high: 0.03, med: 0.02, low: 0.01 }],
    ['one by one: the others keep their defaults', { high: 0.025 }, 'moderate_progress', { high: 0.025, med: 0.005, low: 0 }],
    ['a low threshold above the growth', { low: 0.05, med: 0.06, high: 0.07 }, 'deterioration', { high: 0.07, med: 0.06, low: 0.05 }],
  ])('%s', (_, thresholds, status, used) => {
    const m = measureProgress(two(100, 90), { ...DEFAULTS, thresholds });
    expect(m.status).toBe(status);
    expect(m.thresholds).toEqual(used);
  });
});

describe('the limit (no target): thresholds scaled near a natural floor or ceiling', () => {
  it.each([
    // base ≥ 2 × limit: no scaling.
    [20, 10, 1],
    [0, 0, 1],
    // base ≤ limit: 1 − (98/100)^4.44 = 0.085790.
    [98, 100, 0.085790],
    [100, 100, 0],
    // between limit and twice the limit: 1 − ((20 − 15)/10)^4.44 = 0.953929.
    [15, 10, 0.953929],
    [-98, -100, 0.085790],
  ])('base %d, limit %d → C = %d', (base, limit, c) => expect(limitCoefficient(base, limit)).toBeCloseTo(c, 5));

  it('turns limited progress near a ceiling into substantial progress', () => {
    // (99/98)^(1/5) − 1 = 0.002033: limited without the limit; the thresholds × 0.085790 are 0.001287 and 0.000429.
    const settings: ProgressSettings = { ...DEFAULTS, direction: 'positive' };
    expect(measureProgress(two(98, 99), settings).status).toBe('limited_progress');
    const m = measureProgress(two(98, 99), { ...settings, limit: 100 });
    expect(m).toMatchObject({ status: 'substantial_progress', limit: 100 });
    expect(m.coefficient).toBeCloseTo(0.085790, 5);
    expect(m.thresholds.high).toBeCloseTo(0.001287, 6);
    expect(m.thresholds.low).toBe(0);
  });

  it('holding a value at its limit is substantial progress; falling away from it is not', () => {
    expect(measureProgress(two(100, 100), { ...DEFAULTS, direction: 'positive', limit: 100 })).toMatchObject({ status: 'substantial_progress', coefficient: 0 });
    expect(measureProgress(two(100, 99), { ...DEFAULTS, direction: 'positive', limit: 100 }).status).toBe('deterioration');
  });
});

describe('measureProgress with a target: observed over required growth', () => {
  it.each<[string, ProgressPoint[], Partial<ProgressSettings>, ProgressMeasure['status'], number | undefined]>([
    ['the current value meets the target (a fall is progress)', two(100, 60), { target: 70 }, 'target_achieved', undefined],
    ['the current value equals the target', two(100, 70), { target: 70 }, 'target_achieved', undefined],
    ['the current value meets the target (a rise is progress)', two(50, 80), { target: 80, direction: 'positive' }, 'target_achieved', undefined],
    // sdg-build decides "target achieved" before it counts the years.
    ['a single year that meets the target', series({ 2020: 60 }), { target: 70 }, 'target_achieved', undefined],
    // observed (80/100)^(1/5) − 1 = −0.043648; required (50/100)^(1/15) − 1 = −0.045158; ratio 0.966542.
    ['on pace: 97% of the growth needed', two(100, 80), { target: 50 }, 'substantial_progress', 0.966542],
    // (85/100)^(1/5) − 1 = −0.031981 → 0.708201.
    ['71% of the growth needed', two(100, 85), { target: 50 }, 'moderate_progress', 0.708201],
    // (95/100)^(1/5) − 1 = −0.010206 → 0.226009.
    ['23% of the growth needed', two(100, 95), { target: 50 }, 'limited_progress', 0.226009],
    // (105/100)^(1/5) − 1 = 0.009806 → −0.217142.
    ['moving away from the target', two(100, 105), { target: 50 }, 'deterioration', -0.217142],
    // observed (50/40)^(1/5) − 1 = 0.045640; required (80/40)^(1/15) − 1 = 0.047294; ratio 0.965015.
    ['a rise towards a higher target', two(40, 50), { target: 80, direction: 'positive' }, 'substantial_progress', 0.965015],
    // A target of 0 is computed as 0.001: required (0.001/10)^(1/15) − 1 = −0.458830; observed (5/10)^(1/5) − 1 = −0.129449.
    ['a target of 0', two(10, 5), { target: 0 }, 'limited_progress', 0.282129],
    // Own years: required (50/100)^(1/10) − 1 = −0.066967 from 2015 to 2025.
    ['a target year of its own', two(100, 80), { target: 50, targetYear: 2025 }, 'moderate_progress', 0.651776],
    // The target above the base where a fall is progress: observed (65/50)^(1/5) − 1 = 0.053874, required
    // (60/50)^(1/15) − 1 = 0.012229; dividing by |required| keeps the verdict on the observed direction.
    ['a rise past a target set above the base, where a fall is progress', two(50, 65), { target: 60 }, 'deterioration', -4.405447],
    // The target equals the base: any move away from it is unbounded deterioration.
    ['a target equal to the base value, and a rise', two(50, 55), { target: 50 }, 'deterioration', -Infinity],
  ])('%s', (_, points, settings, status, ratio) => {
    const m = measureProgress(points, { ...DEFAULTS, ...settings });
    expect(m.method).toBe('ratio');
    expect(m.status).toBe(status);
    if (ratio === undefined) return;
    if (Number.isFinite(ratio)) expect(m.progressValue).toBeCloseTo(ratio, 5);
    else expect(m.progressValue).toBe(ratio);
    expect(m.thresholds).toEqual({ high: 0.95, med: 0.6, low: 0 });
  });

  it('keeps every figure used, for the page and the CSV', () => {
    const m = measureProgress(two(100, 80), { ...DEFAULTS, target: 50 });
    expect(m).toMatchObject({ baseYear: 2015, baseValue: 100, currentYear: 2020, currentValue: 80, target: 50, targetUsed: 50, targetYear: 2030, direction: 'negative', sign: 1 });
    expect(m.observedGrowth).toBeCloseTo(-0.043648, 5);
    expect(m.requiredGrowth).toBeCloseTo(-0.045158, 5);
  });

  it('works out the figures of a line that has achieved its target too, as sdg-build does', () => {
    // observed (60/100)^(1/5) − 1 = −0.097120; required (70/100)^(1/15) − 1 = −0.023498; ratio 4.133.
    const m = measureProgress(two(100, 60), { ...DEFAULTS, target: 70 });
    expect(m.status).toBe('target_achieved');
    expect(m.progressValue).toBeCloseTo(4.133, 3);
    const single = measureProgress(series({ 2020: 60 }), { ...DEFAULTS, target: 70 });
    expect(single).toMatchObject({ status: 'target_achieved', currentValue: 60 });
    expect(single.reason).toBeUndefined();
    expect(single.progressValue).toBeUndefined();
  });

  it('records a target of 0 as 0.001, and ignores a limit beside a target (as Open SDG does)', () => {
    expect(measureProgress(two(10, 5), { ...DEFAULTS, target: 0 })).toMatchObject({ target: 0, targetUsed: 0.001 });
    const m = measureProgress(two(100, 85), { ...DEFAULTS, target: 50, limit: 0 });
    expect(m).toMatchObject({ status: 'moderate_progress', limit: 0, limitIgnored: true, thresholds: { high: 0.95, med: 0.6, low: 0 } });
    expect(m.coefficient).toBeUndefined();
  });

  it('progress_thresholds apply to the ratio too', () => {
    expect(measureProgress(two(100, 85), { ...DEFAULTS, target: 50, thresholds: { med: 0.75 } }).status).toBe('limited_progress');
  });
});

describe('statusOf: the thresholds are inclusive below', () => {
  const t = { high: 0.95, med: 0.6, low: 0 };
  it.each([
    [0.95, 'substantial_progress'], [0.9499, 'moderate_progress'], [0.6, 'moderate_progress'], [0.5999, 'limited_progress'],
    [0, 'limited_progress'], [-0.0001, 'deterioration'], [Infinity, 'substantial_progress'], [-Infinity, 'deterioration'], [NaN, 'not_available'],
  ])('%d → %s', (value, status) => expect(statusOf(value, t)).toBe(status));
});

describe('leastFavourable: the indicator badge never hides a line that falls behind', () => {
  it.each([
    [['substantial_progress', 'deterioration', 'target_achieved'], 'deterioration'],
    [['target_achieved', 'moderate_progress'], 'moderate_progress'],
    [['target_achieved', 'target_achieved'], 'target_achieved'],
    [['not_available', 'substantial_progress'], 'substantial_progress'],
    [['not_available', 'not_available'], 'not_available'],
    [[], 'not_available'],
  ] as const)('%j → %s', (statuses, expected) => expect(leastFavourable(statuses)).toBe(expected));
});
