import { describe, expect, it } from 'vitest';
import { decimalsFromMeta, inferDecimals, withUnit } from '../../../src/audiences/format.ts';
import { desirableDirection } from '../../../src/audiences/direction.ts';

describe('units in words', () => {
  const cases: [string, string | undefined, string | undefined, string][] = [
    ['15.1', 'Percentage (%)', undefined, '15.1%'],
    ['7', 'Percentage of households (%)', undefined, '7% of households'],
    ['2.3', '% change from baseline', undefined, '2.3% change from baseline'],
    ['9.75', 'GBP (£)', undefined, '£9.75'],
    ['46.1', 'GBP per capita', undefined, '£46.1 per capita'],
    ['5.7', 'GBP (£ Millions)', 'Millions', '£5.7 million'],
    ['6.7', 'Rate per 100,000 population', undefined, '6.7 per 100,000 population'],
    ['9', 'Number of tables', undefined, '9 tables'],
    ['642', 'Number', undefined, '642'],
    ['456.9', undefined, 'Thousands', '456.9 thousand'],
    ['0.96', 'Index', undefined, '0.96 (index)'],
    ['741.5', 'Watts per capita', undefined, '741.5 watts per capita'],
    ['426.5', 'Million tonnes carbon dioxide equivalent (MtCO2e)', undefined, '426.5 (million tonnes carbon dioxide equivalent (MtCO2e))'],
  ];
  it.each(cases)('%s %s %s', (n, unit, mult, expected) => expect(withUnit(n, unit, mult)).toBe(expected));
});

describe('precision', () => {
  it('comes from the metadata where stated', () => {
    expect(decimalsFromMeta({ precision: 2 })).toBe(2);
    expect(decimalsFromMeta({ data_decimal_places: '1' })).toBe(1);
    expect(decimalsFromMeta({ precision: 'lots' })).toBeUndefined();
  });
  it('is otherwise the precision most values are published with, fewer for big numbers', () => {
    expect(inferDecimals([15.1, 14.25, 13.9])).toBe(1);
    expect(inferDecimals([0.962, 0.95, 0.971])).toBe(3);
    expect(inferDecimals([1234.56, 1300.12])).toBe(1);
    expect(inferDecimals([12135596.438])).toBe(0);
    expect(inferDecimals([])).toBe(0);
  });
});

describe('desirable direction', () => {
  it('is read only from a field that states it', () => {
    expect(desirableDirection({ desirable_direction: 'down' })).toBe('down');
    expect(desirableDirection({ data_desirable_direction: 'Increase' })).toBe('up');
    expect(desirableDirection({ graph_type: 'line' })).toBeUndefined();
  });
});
