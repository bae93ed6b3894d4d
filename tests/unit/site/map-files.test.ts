/** A map's values ride in the page while small; a large set becomes a file of its own, named by its content. */
import { describe, expect, it } from 'vitest';
import type { MapData } from '../../../src/maps/map-data.ts';
import { MAP_INLINE_BYTES, mapValuesOf } from '../../../src/site/map-files.ts';

/** A map's data: `areas` areas over `years` years, values 1.5, 2.5, ... */
function data(areas: number, years: number): MapData {
  const ys = Array.from({ length: years }, (_, i) => String(2000 + i));
  const values = Object.fromEntries(ys.map((y, j) => [y, Object.fromEntries(Array.from({ length: areas }, (_, i) => [`E0${String(i).padStart(7, '0')}`, i + j + 0.5]))]));
  return { years: ys, values, unmatched: [], unmatchedNames: {}, breaks: [1, 2, 3, 4, 5], min: 0.5, max: 5 };
}

describe('mapValuesOf', () => {
  it.each([
    // 380 districts over 40 years (260 KB) and 380 over 10: a file; 10 areas over 20 years, or one year of 380: inline.
    { areas: 380, years: 40, file: true },
    { areas: 380, years: 10, file: true },
    { areas: 10, years: 20, file: false },
    { areas: 380, years: 1, file: false },
  ])('$areas areas over $years years: in a file of their own? $file', ({ areas, years, file }) => {
    const d = data(areas, years);
    const last = d.years.at(-1)!;
    const v = mapValuesOf('8-10-1', d, last);
    expect(Boolean(v.file)).toBe(file);
    expect(JSON.stringify(d.values).length > MAP_INLINE_BYTES).toBe(file);
    if (v.file) {
      // The page keeps the year it shows; the file holds every year, as the map's data have them.
      expect(Object.keys(v.inline)).toEqual([last]);
      expect(v.inline[last]).toEqual(d.values[last]);
      expect(JSON.parse(v.file.text)).toEqual(d.values);
      expect(v.file.path).toMatch(/^explorer\/8-10-1\/m-[\w-]{12}\.json$/);
    } else {
      expect(v.inline).toBe(d.values);
    }
  });

  it('names the file by its content: other values, another name; the same values, the same name', () => {
    const a = mapValuesOf('3-9-1', data(380, 20), '2019').file!.path;
    const b = mapValuesOf('3-9-1', data(380, 20), '2019').file!.path;
    const changed = data(380, 20);
    changed.values['2005']!['E00000003'] = 99;
    expect(b).toBe(a);
    expect(mapValuesOf('3-9-1', changed, '2019').file!.path).not.toBe(a);
  });
});
