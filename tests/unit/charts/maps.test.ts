import { describe, expect, it } from 'vitest';
import { boundaryVintage } from '../../../src/maps/area-codes.ts';
import { readBoundarySets, repairMojibake } from '../../../src/maps/boundaries.ts';
import { colourScale, legendFor } from '../../../src/maps/indicator-map.ts';
import { classBreaks, classOf, mapData, namesInData } from '../../../src/maps/map-data.ts';
import { explainUnmatched, sortUnmatched } from '../../../src/maps/unmatched.ts';
import { fitViewBox } from '../../../src/maps/view-box.ts';
import { zoomTargets } from '../../../src/maps/zoom.ts';
import { projectBoundaries } from '../../../src/maps/project.ts';
import { memoryFiles } from '../../../src/pipeline/effects.ts';
import type { Indicator } from '../../../src/schemas/model.ts';

const square = (x: number) => ({ type: 'Polygon', coordinates: [[[x, 50], [x + 1, 50], [x + 1, 51], [x, 51], [x, 50]]] });
const geojson = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { LAD16CD: 'E01', LAD16NM: 'Alpha' }, geometry: square(0) },
    { type: 'Feature', properties: { LAD16CD: 'E02', LAD16NM: 'Beta' }, geometry: square(1) },
  ],
});
const obs = (year: string, geoCode: string, value: number, dims: Record<string, string> = {}) => ({ line: 1, year, value, geoCode, unit: '%', dims });
const indicator = (observations: ReturnType<typeof obs>[], showMap = true) =>
  ({ showMap, data: { observations } }) as unknown as Indicator;

describe('boundaries and projection', () => {
  const sets = readBoundarySets('repo', memoryFiles({ 'repo/geojsons/lad.geojson': geojson, 'repo/geojsons/notes.txt': 'x' }));
  it('reads the code and name properties of each district', () => {
    expect(sets.map((s) => [s.file, s.codeProperty, s.features.map((f) => `${f.code} ${f.name}`)])).toEqual([
      ['geojsons/lad.geojson', 'LAD16CD', ['E01 Alpha', 'E02 Beta']],
    ]);
  });
  it('projects every area to a closed SVG path inside the frame', () => {
    const { areas } = projectBoundaries(sets[0]!.features, 200, 100);
    expect(areas.map((a) => a.code)).toEqual(['E01', 'E02']);
    for (const a of areas) {
      expect(a.d).toMatch(/^M[\d.]+,[\d.]+l(-?[\d.]+,-?[\d.]+ ?)+z$/);
      for (const n of a.d.match(/[\d.]+/g)!.map(Number)) expect(n).toBeLessThanOrEqual(200.1);
    }
  });
});

describe('mapData', () => {
  const codes = new Set(['E01', 'E02']);
  it('keeps each area total per year, and lists codes with no boundary', () => {
    const data = mapData(indicator([obs('2020', 'E01', 5), obs('2020', 'E01', 9, { Sex: 'Male' }), obs('2021', 'E02', 7), obs('2021', 'E92000001', 6)]), codes)!;
    expect(data.values).toEqual({ '2020': { E01: 5 }, '2021': { E02: 7 } });
    expect(data.years).toEqual(['2020', '2021']);
    expect(data.unmatched).toEqual(['E92000001']);
  });
  it('gives no map where no code matches a boundary, or the metadata asks for none', () => {
    expect(mapData(indicator([obs('2020', 'S12000033', 5)]), codes)).toBeNull();
    expect(mapData(indicator([obs('2020', 'E01', 5)], false), codes)).toBeNull();
  });
  it('splits values into quantile classes', () => {
    const breaks = classBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(breaks).toEqual([2, 4, 6, 8, 10]);
    expect([1, 2.5, 10, 11].map((v) => classOf(v, breaks))).toEqual([0, 1, 4, 4]);
  });
});

describe('the legend ends at the largest value', () => {
  it.each([
    ['values with few digits', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [2, 4, 6, 8, 10]],
    ['a maximum with more than 3 significant digits', [1, 2, 3, 4, 5, 6, 7, 8, 9, 12345], [2, 4, 6, 8, 12345]],
    ['a maximum that the rounded inner bounds would pass', [5.1311, 5.1312, 5.1313, 5.1314, 5.1349], [5.13, 5.1349]],
    ['one value', [7.25], [7.25]],
  ])('%s', (_name, values, breaks) => {
    expect(classBreaks(values)).toEqual(breaks);
    expect(classBreaks(values).at(-1)).toBe(Math.max(...values));
  });

  it('labels the last class up to the maximum, as the description writes it', () => {
    const data = mapData(indicator([obs('2020', 'E01', 1.5), obs('2020', 'E02', 12345.67)]), new Set(['E01', 'E02']))!;
    const legend = legendFor(data, colourScale(data.breaks.length));
    expect(legend.map((c) => c.label)).toEqual(['1.5 to 1.5', '1.5 to 12,345.7']);
  });
});

describe('codes with no boundary, in words', () => {
  // The UK's 2016 districts: a few of each kind, numbered as in the real file.
  const boundary = ['E06000001', 'E06000057', 'E07000001', 'E07000243', 'E08000037', 'E09000033', 'S12000050', 'W06000024'];
  const cases: [string, string[], string[]][] = [
    ['totals for larger areas', ['E92000001', 'E12000001', 'E12000009'],
      ['Not drawn: 1 country and 2 regions, whose figures are totals over areas of the map.']],
    ['districts created after the boundary file', ['E06000058', 'E06000062', 'E07000244'],
      ['3 districts have codes newer than the 2016 boundary file: boundaries have changed since, so they are not drawn.']],
    ['one district older than the file', ['E07000005'],
      ['1 district has a code older than the 2016 boundary file and since replaced, so it is not drawn.']],
    ['codes of no known kind', ['N09000001', 'X1'],
      ['2 codes in the data are not in the boundary file, so not drawn.']],
  ];
  it.each(cases)('%s', (_name, unmatched, sentences) => {
    expect(explainUnmatched(sortUnmatched(unmatched, boundary), '2016')).toEqual(sentences);
  });

  it('reads a country code over its areas\' codes (Kyrgyzstan: "KG" over "KG02"…)', () => {
    const sorted = sortUnmatched(['KG', 'KG02'], ['KG03', 'KG04', 'KG05', 'KG06', 'KG07', 'KG08', 'KG11', 'KG21', '9']);
    expect(sorted).toMatchObject({ larger: [{ kind: 'area', codes: ['KG'] }], other: ['KG02'] });
    expect(explainUnmatched(sorted)).toEqual([
      'Not drawn: 1 area, whose figures are totals over areas of the map.',
      '1 code in the data is not in the boundary file, so not drawn.',
    ]);
  });

  it('says the boundary file\'s year from its name or its code property', () => {
    expect([
      boundaryVintage('geojsons/local-authority-districts-2016.geojson', 'LAD16CD'),
      boundaryVintage('geojsons/lad.geojson', 'LAD21CD'),
      boundaryVintage('oblasts.geojson', 'ID_1'),
    ]).toEqual(['2016', '2021', undefined]);
  });

  it('names codes from a column of the data that names each one', () => {
    const rows = [
      obs('2020', 'E12000001', 4, { Region: 'North East' }), obs('2021', 'E12000001', 4, { Region: 'North East' }),
      obs('2020', 'E06000058', 5, { 'Local authority': 'Bournemouth, Christchurch and Poole' }),
      obs('2020', 'E92000001', 3, { Decile: '1' }), obs('2020', 'E92000001', 3, { Decile: '2' }),
    ];
    expect(namesInData(rows as never, ['E06000058', 'E12000001', 'E92000001'])).toEqual({
      E06000058: 'Bournemouth, Christchurch and Poole', E12000001: 'North East',
    });
  });

  it('mends names saved as Latin-1 from UTF-8, and leaves others alone', () => {
    expect(['Ysyk-KÃ¶l', 'Ysyk-Köl', 'Batken', 'Ynys Môn', 'Ã'].map(repairMojibake)).toEqual(['Ysyk-Köl', 'Ysyk-Köl', 'Batken', 'Ynys Môn', 'Ã']);
  });
});

describe('zooming', () => {
  const area = (code: string, box: [number, number, number, number]) => ({ code, name: code, d: 'M0,0z', box });
  it('offers the UK countries and London for a UK map, each a viewBox in the map\'s proportions', () => {
    const map = { width: 400, height: 600, areas: [area('E09000001', [300, 500, 310, 510]), area('E09000002', [310, 500, 320, 510]), area('E06000001', [200, 300, 320, 520]), area('W06000001', [100, 450, 180, 520]), area('S12000001', [100, 0, 250, 300])] };
    const targets = zoomTargets(map, (k) => `[${k}]`, new Intl.Collator('en'));
    expect(targets.map((z) => z.label)).toEqual(['[E]', '[london]', '[S]', '[W]']);
    for (const z of targets) {
      const [x, y, w, h] = z.viewBox.split(' ').map(Number);
      expect(w! / h!).toBeCloseTo(400 / 600, 2);
      expect(x! >= 0 && y! >= 0 && x! + w! <= 400.1 && y! + h! <= 600.1).toBe(true);
    }
  });
  it('offers each area of a small map that has no UK codes, by name', () => {
    const map = { width: 500, height: 250, areas: [{ ...area('KG05', [0, 0, 10, 10]), name: 'Batken' }, { ...area('KG11', [20, 20, 30, 30]), name: 'Bishkek' }] };
    expect(zoomTargets(map, String, new Intl.Collator('en')).map((z) => z.label)).toEqual(['Batken', 'Bishkek']);
  });
  it('fits a box to the map\'s proportions, inside the map', () => {
    expect(fitViewBox([100, 100, 200, 120], 400, 200, 0)).toBe('100 85 100 50');
    expect(fitViewBox([0, 0, 400, 400], 400, 200)).toBe('0 0 400 200');
  });
});
