import { describe, expect, it } from 'vitest';
import { readSdmxMlMultiple, readSdmxMlStructureSpecific } from '../../../../src/pipeline/inputs/sdmx-ml.ts';
import { runInput, sdmxFixture, tableLines } from '../../../fixtures/sdmx/harness.ts';

const DSD = sdmxFixture('dsd.xml');
const SS = sdmxFixture('structure-specific.xml');
const GENERIC = sdmxFixture('generic.xml');
const multiple = (options: Record<string, unknown>, files: Record<string, string> = { 'data/1.1.1.xml': SS }) =>
  runInput(readSdmxMlMultiple, { path_pattern: 'data/*.xml', dsd: 'SDG_DSD.xml', ...options }, { 'SDG_DSD.xml': DSD, ...files });
const tablesOf = async (options: Record<string, unknown>, files?: Record<string, string>) => {
  const { result, report } = await multiple(options, files);
  expect(report).toEqual([]);
  return Object.fromEntries(result.data.map((t) => [`${t.id} ${t.file}`, tableLines(t)]));
};

describe('readSdmxMlMultiple', () => {
  it('makes one table per indicator with Year, Value and the dimensions sdg-build keeps, each row at its Obs line', async () => {
    expect(await tablesOf({})).toEqual({
      '1-1-1 data/1.1.1.xml': [
        // SERIES and UNIT_MEASURE hold one value throughout, so they are dropped; _T reads as an empty cell.
        'Year | Value | Reference area | Sex | Observation status | Observation comment',
        '14: 2015 | 1.5 | Kyrgyzstan | Female | Normal value | ',
        '15: 2016 | 1.25 | Kyrgyzstan | Female | Estimated value | Survey estimate',
        '18: 2015 | 2.5 | Kyrgyzstan | Male | Normal value | ',
        '19: 2016 | 2 | Kyrgyzstan | Male | Normal value | ',
        '22: 2016 | 3.75 | Batken region |  | Normal value | ',
      ],
      '1-3-1-a data/1.1.1.xml': ['Year | Value', '25: 2015 | 612000', '26: 2016 | 631500'],
    });
  });

  it('reads a generic message into the same tables as the structure-specific one', async () => {
    const { result: ss } = await multiple({}, { 'data/a.xml': SS });
    const { result: generic } = await multiple({}, { 'data/a.xml': GENERIC });
    expect(generic.data).toEqual(ss.data);
    expect(generic.data.length).toBe(2);
  });

  it('reads a flat message, where each observation carries its whole key', async () => {
    const flat = SS.split('\n').filter((l) => !l.includes('Series')).map((l) => l.replace('<Obs ', '<Obs SERIES="SI_POV_DAY1" REF_AREA="KG" SEX="F" '))
      .join('\n').replace('dimensionAtObservation="TIME_PERIOD"', 'dimensionAtObservation="AllDimensions"');
    // Every row is now a Female SI_POV_DAY1 row in KG, so those columns hold one value and are dropped.
    expect(await tablesOf({ import_codes: true }, { 'data/flat.xml': flat })).toEqual({
      '1-1-1 data/flat.xml': [
        'Year | Value | OBS_STATUS | COMMENT_OBS',
        '13: 2015 | 1.5 | A | ',
        '14: 2016 | 1.25 | E | Survey estimate',
        '15: 2015 | 2.5 | A | ',
        '16: 2016 | 2 | A | ',
        '17: 2016 | 3.75 | A | ',
        '18: 2015 | 612000 | A | ',
        '19: 2016 | 631500 | A | ',
      ],
    });
  });

  it('reads Kyrgyzstan\'s settings: codes kept, REF_AREA KG as the total', async () => {
    expect(await tablesOf({ import_codes: true, dimension_map: { 'REF_AREA|KG': '' }, drop_dimensions: ['COMMENT_OBS'] })).toEqual({
      '1-1-1 data/1.1.1.xml': [
        'Year | Value | REF_AREA | SEX | OBS_STATUS',
        '14: 2015 | 1.5 |  | F | A',
        '15: 2016 | 1.25 |  | F | E',
        '18: 2015 | 2.5 |  | M | A',
        '19: 2016 | 2 |  | M | A',
        '22: 2016 | 3.75 | KG02 |  | A',
      ],
      '1-3-1-a data/1.1.1.xml': ['Year | Value', '25: 2015 | 612000', '26: 2016 | 631500'],
    });
  });

  /** Each option against the 1-1-1 table's header (and, where it matters, one row). */
  const options: { name: string; options: Record<string, unknown>; header: string; row?: string }[] = [
    { name: 'drop_singleton_dimensions: false keeps one-valued columns', options: { drop_singleton_dimensions: false, import_codes: true },
      header: 'Year | Value | SERIES | REF_AREA | SEX | UNIT_MEASURE | OBS_STATUS | COMMENT_OBS', row: '14: 2015 | 1.5 | SI_POV_DAY1 | KG | F | PT | A | ' },
    { name: 'dimension_map renames a column', options: { import_codes: true, dimension_map: { SEX: 'Sex' } },
      header: 'Year | Value | REF_AREA | Sex | OBS_STATUS | COMMENT_OBS' },
    { name: 'dimension_map DIM: \'\' drops a column', options: { import_codes: true, dimension_map: { REF_AREA: '' } },
      header: 'Year | Value | SEX | OBS_STATUS | COMMENT_OBS' },
    { name: 'dimension_map DIM|CODE renames a code, _T included', options: { import_codes: true, dimension_map: { 'SEX|F': 'Women', 'SEX|_T': 'All' } },
      header: 'Year | Value | REF_AREA | SEX | OBS_STATUS | COMMENT_OBS', row: '14: 2015 | 1.5 | KG | Women | A | ' },
    { name: 'drop_dimensions drops series and observation components', options: { import_codes: true, drop_dimensions: ['SEX', 'OBS_STATUS'] },
      header: 'Year | Value | REF_AREA | COMMENT_OBS' },
    { name: 'import_observation_attributes: false', options: { import_codes: true, import_observation_attributes: false },
      header: 'Year | Value | REF_AREA | SEX' },
    { name: 'import_series_attributes: false', options: { import_codes: true, import_series_attributes: false, drop_singleton_dimensions: false },
      header: 'Year | Value | SERIES | REF_AREA | SEX | OBS_STATUS | COMMENT_OBS' },
    { name: 'import_translation_keys is the old name of import_codes', options: { import_translation_keys: true },
      header: 'Year | Value | REF_AREA | SEX | OBS_STATUS | COMMENT_OBS' },
  ];
  it.each(options)('$name', async ({ options: o, header, row }) => {
    const { result, report } = await multiple(o);
    expect(report).toEqual([]);
    const lines = tableLines(result.data.find((t) => t.id === '1-1-1')!);
    expect(lines[0]).toBe(header);
    if (row) expect(lines[1]).toBe(row);
  });

  it('indicator_id_map sends a series to other indicators (one id or several)', async () => {
    const { result } = await multiple({ indicator_id_map: { SI_POV_DAY1: ['1.1.1', '10.1.1'], KG_SOC_PEN: '1-3-1-b' } });
    expect(result.data.map((t) => [t.id, t.table.records.length])).toEqual([['1-1-1', 5], ['10-1-1', 5], ['1-3-1-b', 2]]);
  });

  it('sends a series with two Indicator annotations to both indicators', async () => {
    const file = SS.replace('SERIES="KG_SOC_PEN"', 'SERIES="VC_DSR_MISS"');
    const { result } = await multiple({}, { 'data/x.xml': file });
    expect(result.data.map((t) => t.id)).toEqual(['1-1-1', '1-5-1', '13-1-1']);
  });

  it('returns the DSD\'s labels per language, under the names the columns get', async () => {
    const { result } = await multiple({ import_codes: true, dimension_map: { SEX: 'Sex', 'REF_AREA|KG': '' } });
    const ru = result.translations!.get('ru')!;
    expect([ru.get('Sex.F'), ru.get('Sex.Sex'), ru.get('SEX.F'), ru.get('REF_AREA.KG'), ru.get('REF_AREA.KG02')])
      .toEqual(['Женщины', 'Пол', undefined, undefined, 'Баткенская область']);
    expect(result.translations!.get('en')!.get('OBS_STATUS.E')).toBe('Estimated value');
    expect([...result.translations!.keys()]).toEqual(['en', 'ru']);
  });

  it('uses a repository copy of a DSD given as a URL, without a problem', async () => {
    const { result, report } = await multiple({ dsd: 'https://example.org/sdmx/SDG_DSD.xml?format=xml' });
    expect(report).toEqual([]);
    expect(result.data.length).toBe(2);
  });

  it('finds the copy one folder down', async () => {
    const { result, report } = await runInput(readSdmxMlMultiple, { path_pattern: 'data/*.xml', dsd: 'https://example.org/KG_DSD.xml' },
      { 'sdmx/KG_DSD.xml': DSD, 'data/1.1.1.xml': SS });
    expect(report).toEqual([]);
    expect(result.data.length).toBe(2);
  });
});

describe('readSdmxMlStructureSpecific', () => {
  it('reads the one file at source, structure-specific or generic', async () => {
    for (const text of [SS, GENERIC]) {
      const { result, report } = await runInput(readSdmxMlStructureSpecific, { source: 'sdmx/data.xml', dsd: 'dsd.xml', import_codes: true },
        { 'dsd.xml': DSD, 'sdmx/data.xml': text });
      expect(report).toEqual([]);
      expect(result.data.map((t) => [t.id, t.file, t.table.records.length])).toEqual([['1-1-1', 'sdmx/data.xml', 5], ['1-3-1-a', 'sdmx/data.xml', 2]]);
    }
  });
});
