import { describe, expect, it } from 'vitest';
import { componentIdOf, isTimePeriod } from '../../../../src/pipeline/sdmx/ids.ts';

describe('componentIdOf: a column with no SDMX concept keeps its name as closely as an SDMX id allows', () => {
  it.each([
    ['Region', 'Region'],
    ['Country of birth', 'Country_of_birth'],
    ['Type (wasting or overweight)', 'Type_wasting_or_overweight'],
    ['Net weekly income (£)', 'Net_weekly_income'],
    ['Performing/Funding', 'Performing_Funding'],
    ['2019 boundaries', 'C_2019_boundaries'],
    ['Пол', 'Pol'],
    ['Образование главы домохозяйства', 'Obrazovanie_glavy_domokhoziaistva'],
    ['Қазақстан', 'Qazaqstan'],
    ['性别', 'C_6027_522b'],
  ])('%s → %s', (name, id) => expect(componentIdOf(name)).toBe(id));
});

describe('isTimePeriod: what SDMX reads as a time period', () => {
  it.each([
    ['2015', true], ['2015-03', true], ['2015-03-31', true], ['2015-Q1', true], ['2015-S2', true], ['2015-M03', true],
    ['2015-W12', true], ['2015-A1', true], ['2015-04-01/P1Y', true],
    ['2015/16', false], ['2021/22 [Note 5]', false], ['2015-Q5', false], ['15', false], ['', false],
  ])('%s → %s', (text, ok) => expect(isTimePeriod(text)).toBe(ok));
});
