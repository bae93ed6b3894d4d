/** The map an indicator page shows, if any: boundaries read and projected once per build, values per indicator. */
import { repositoryFromEnv } from '../site/config.ts';
import { getSite } from '../site/site-data.ts';
import { repositoryFiles } from '../site/node-files.ts';
import { formatNumber } from '../charts/describe.ts';
import { t } from '../i18n/index.ts';
import type { Indicator } from '../schemas/model.ts';
import { readBoundarySets } from './boundaries.ts';
import { classOf, mapData, MAP_COLOURS, NO_DATA, type MapData } from './map-data.ts';
import { projectBoundaries, type ProjectedMap } from './project.ts';
import { maxOf, minOf } from '../pipeline/extent.ts';

interface Shapes { map: ProjectedMap; codes: Set<string>; names: Map<string, string> }
const KEY = Symbol.for('sdg-portal.map-shapes');
const store = globalThis as unknown as Record<symbol, Map<string, Shapes[]> | undefined>;

/** Every boundary file of the repository, projected; memoized per repository root. */
function shapes(): Shapes[] {
  const at = repositoryFromEnv();
  const root = at.root;
  const cache = (store[KEY] ??= new Map());
  if (!cache.has(root)) {
    cache.set(root, readBoundarySets(root, repositoryFiles(at), getSite().mapLayers).map((set) => {
      const map = projectBoundaries(set.features);
      return { map, codes: new Set(set.features.map((f) => f.code)), names: new Map(set.features.map((f) => [f.code, f.name])) };
    }));
  }
  return cache.get(root)!;
}

export interface MapLegendClass { colour: string; label: string }
export interface IndicatorMap {
  title: string;
  data: MapData;
  map: ProjectedMap;
  year: string;
  fills: Record<string, string>;
  legend: MapLegendClass[];
  colours: string[];
  names: Record<string, string>;
  description: string;
}

export const colourScale = (n: number) => Array.from({ length: n }, (_, i) => MAP_COLOURS[n === 1 ? 4 : Math.round((i * 4) / (n - 1))]!);

/** Fills for one year: a class colour per area with a value, white (and listed as "No data") elsewhere. */
export function fillsFor(data: MapData, year: string, codes: string[], colours: string[]): Record<string, string> {
  const v = data.values[year] ?? {};
  return Object.fromEntries(codes.map((c) => [c, v[c] === undefined ? NO_DATA : colours[classOf(v[c]!, data.breaks)]!]));
}

export function indicatorMap(ind: Indicator, title: string): IndicatorMap | null {
  if (!ind.showMap) return null;
  for (const s of shapes()) {
    const data = mapData(ind, s.codes);
    if (!data) continue;
    const year = data.years[data.years.length - 1]!;
    const colours = colourScale(data.breaks.length);
    const lower = [data.min, ...data.breaks.slice(0, -1)];
    const legend = data.breaks.map((b, i) => ({ colour: colours[i]!, label: t('map.class', { from: formatNumber(lower[i]!), to: formatNumber(b) }) }));
    const shown = Object.values(data.values[year] ?? {});
    const names = Object.fromEntries([...s.names].filter(([c]) => Object.values(data.values).some((v) => c in v)));
    return {
      title: t('map.title', { title: data.series ?? title }),
      data,
      map: s.map,
      year,
      fills: fillsFor(data, year, s.map.areas.map((a) => a.code), colours),
      legend,
      colours,
      names,
      description: t('map.description', {
        count: shown.length,
        year,
        min: formatNumber(minOf(shown)),
        max: formatNumber(maxOf(shown)),
      }),
    };
  }
  return null;
}
