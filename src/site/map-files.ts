/**
 * The map's values for every year. A small set rides in the page; a large one (hundreds of areas over decades:
 * 380 districts × 40 years is 260 KB of JSON) is a file of its own beside the explorer's,
 * `/explorer/<id>/m-<hash>.json`, fetched the first time a reader picks another year, so the page carries only the
 * year it shows. Computed once per indicator model and shared by the page and the route that writes the file
 * (src/pages/[...lang]/explorer/[id]/[file].ts).
 */
import type { MapData } from '../maps/map-data.ts';
import { EXPLORER_FOLDER, contentHash } from './explorer-files.ts';

/** Above this many bytes of JSON, the years not shown leave the page. */
export const MAP_INLINE_BYTES = 48_000;

export interface MapValues {
  /** The values the page carries: every year, or only the one shown. */
  inline: MapData['values'];
  /** Every year's values, where they are a file of their own: its path below the language's root. */
  file?: { path: string; text: string };
}

const made = new WeakMap<MapData, MapValues>();

export function mapValuesOf(id: string, data: MapData, year: string): MapValues {
  let values = made.get(data);
  if (!values) {
    const text = JSON.stringify(data.values);
    values = Buffer.byteLength(text) <= MAP_INLINE_BYTES
      ? { inline: data.values }
      : { inline: { [year]: data.values[year] ?? {} }, file: { path: `${EXPLORER_FOLDER.slice(1)}${id}/m-${contentHash(text)}.json`, text } };
    made.set(data, values);
  }
  return values;
}
