import { describe, expect, it } from 'vitest';
import { normalizeIndicatorId, readDsd } from '../../../../src/pipeline/inputs/sdmx-dsd.ts';
import { ProblemList } from '../../../../src/pipeline/problems.ts';
import { sdmxFixture } from '../../../fixtures/sdmx/harness.ts';

describe('normalizeIndicatorId', () => {
  const cases: [string, string][] = [
    ['1.2.1', '1-2-1'],
    ['1.3.1.a', '1-3-1-a'],
    ['3.9.1.1 ', '3-9-1-1'],
    ['17.11.1.b', '17-11-1-b'],
    ['1-2-1', '1-2-1'],
    ['1.1.1 Proportion of population', '1-1-1'],
    ['.1.2.1.', '1-2-1'],
    ['', ''],
  ];
  it.each(cases)('%j → %j', (input, expected) => expect(normalizeIndicatorId(input)).toBe(expected));
});

describe('readDsd', () => {
  const problems = new ProblemList();
  const dsd = readDsd(sdmxFixture('dsd.xml'), 'dsd.xml', problems)!;

  it('reads the structure it defines, without problems', () => {
    expect(problems.items).toEqual([]);
    expect([dsd.agency, dsd.id, dsd.version]).toEqual(['TEST', 'SDG', '1.1']);
  });

  it('lists dimensions and attributes in order, with concept, codelist and attachment', () => {
    expect(dsd.dimensions).toMatchObject([
      { id: 'SERIES', kind: 'dimension', concept: 'SERIES', codelist: 'CL_SERIES' },
      { id: 'REF_AREA', kind: 'dimension', concept: 'REF_AREA', codelist: 'CL_AREA' },
      { id: 'SEX', kind: 'dimension', concept: 'SEX', codelist: 'CL_SEX' },
      { id: 'TIME_PERIOD', kind: 'time', concept: 'TIME_PERIOD' },
    ]);
    expect(dsd.attributes).toMatchObject([
      { id: 'UNIT_MEASURE', kind: 'attribute', concept: 'UNIT_MEASURE', codelist: 'CL_UNIT_MEASURE', attachment: 'series' },
      { id: 'OBS_STATUS', kind: 'attribute', concept: 'OBS_STATUS', codelist: 'CL_OBS_STATUS', attachment: 'observation' },
      { id: 'COMMENT_OBS', kind: 'attribute', concept: 'COMMENT_OBS', attachment: 'observation' },
    ]);
  });

  it('keeps concept and code names per language, first language first', () => {
    expect([...dsd.concepts.get('SEX')!]).toEqual([['en', 'Sex'], ['ru', 'Пол']]);
    expect([...dsd.codelists.get('CL_SEX')!.keys()]).toEqual(['_T', 'F', 'M']);
    expect([...dsd.codelists.get('CL_SEX')!.get('F')!]).toEqual([['en', 'Female'], ['ru', 'Женщины']]);
  });

  it('maps SERIES codes to indicator ids and titles from their annotations', () => {
    const series = Object.fromEntries([...dsd.series].map(([code, inds]) => [code, inds.map((i) => [i.id, Object.fromEntries(i.names)])]));
    expect(series).toEqual({
      SI_POV_DAY1: [['1-1-1', {
        en: 'Proportion of population below the international poverty line',
        ru: 'Доля населения, живущего за международной чертой бедности',
      }]],
      KG_SOC_PEN: [['1-3-1-a', { en: 'Pensioners', ru: 'Пенсионеры' }]],
      // Two Indicator annotations, one title: sdg-build gives both indicators the first title.
      VC_DSR_MISS: [
        ['1-5-1', { en: 'Deaths and missing persons due to disasters' }],
        ['13-1-1', { en: 'Deaths and missing persons due to disasters' }],
      ],
      SI_NO_INDICATOR: [],
    });
  });

  it('takes the indicator annotation titles it is given', () => {
    const custom = readDsd(sdmxFixture('dsd.xml'), 'dsd.xml', new ProblemList(), { indicator: 'IndicatorTitle', name: 'Indicator' })!;
    expect(custom.series.get('KG_SOC_PEN')!.map((i) => i.id)).toEqual(['1-3-1-a']);
  });
});
