import { describe, expect, it } from 'vitest';
import { readBoundarySets } from '../../../src/maps/boundaries.ts';
import { classBreaks, classOf, mapData } from '../../../src/maps/map-data.ts';
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
