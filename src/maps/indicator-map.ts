/** The map an indicator page shows, if any: boundaries read and projected once per build, values per indicator. */
import { repositoryFromEnv } from '../site/config.ts';
import { getSite } from '../site/site-data.ts';
import { repositoryFiles } from '../site/node-files.ts';
import { formatNumber } from '../charts/describe.ts';
import { withUnit } from '../audiences/format.ts';
import { intlLocale } from '../i18n/format.ts';
import { currentLanguage, t, type UiKey } from '../i18n/index.ts';
import type { Indicator } from '../schemas/model.ts';
import { boundaryVintage } from './area-codes.ts';
import { readBoundarySets } from './boundaries.ts';
import { classOf, mapData, MAP_COLOURS, NO_DATA, type MapData } from './map-data.ts';
import { projectBoundaries, type ProjectedMap } from './project.ts';
import { maxOf, minOf } from '../pipeline/extent.ts';
import { explainUnmatched, sortUnmatched } from './unmatched.ts';
import { zoomTargets, type ZoomTarget } from './zoom.ts';

interface Shapes { map: ProjectedMap; codes: Set<string>; names: Map<string, string>; vintage?: string }
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
      const vintage = boundaryVintage(set.file, set.codeProperty);
      return { map, codes: new Set(set.features.map((f) => f.code)), names: new Map(set.features.map((f) => [f.code, f.name])), ...(vintage ? { vintage } : {}) };
    }));
  }
  return cache.get(root)!;
}

/** Drops the projected boundaries (the editors' preview, after a boundary file changed). */
export function forgetMapShapes(): void {
  delete store[KEY];
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
  /** Every area's name, by code. */
  names: Record<string, string>;
  description: string;
  /** Why codes in the data are not on the map, one sentence per reason; and the codes, with their names in the data. */
  unmatched: { sentences: string[]; codes: { code: string; name?: string }[] };
  zoom: ZoomTarget[];
  /** A value with its unit, "\u0001" standing for the number ("\u0001%"), for the browser's tooltips. */
  unitTemplate: string;
}

export const colourScale = (n: number) => Array.from({ length: n }, (_, i) => MAP_COLOURS[n === 1 ? 4 : Math.round((i * 4) / (n - 1))]!);

/** Fills for one year: a class colour per area with a value, white (and listed as "No data") elsewhere. */
export function fillsFor(data: MapData, year: string, codes: string[], colours: string[]): Record<string, string> {
  const v = data.values[year] ?? {};
  return Object.fromEntries(codes.map((c) => [c, v[c] === undefined ? NO_DATA : colours[classOf(v[c]!, data.breaks)]!]));
}

/** The legend: from the smallest value to each class's upper bound, the last being the largest value. */
export function legendFor(data: MapData, colours: string[]): MapLegendClass[] {
  const lower = [data.min, ...data.breaks.slice(0, -1)];
  return data.breaks.map((b, i) => ({ colour: colours[i]!, label: t('map.class', { from: formatNumber(lower[i]!), to: formatNumber(b) }) }));
}

/** Text from the data, set apart from the sentence around it (Unicode first-strong isolate). */
const isolate = (s: string) => `\u2068${s}\u2069`;

const GROUP: Record<string, UiKey> = { E: 'map.group.E', W: 'map.group.W', S: 'map.group.S', N: 'map.group.N', london: 'map.group.london' };

const maps = new WeakMap<Indicator, Map<string, IndicatorMap | null>>();

/**
 * The map of an indicator in the language of the page being rendered, or null; computed once per model, language
 * and title (the page and the route that writes its values both ask; a model may serve more than one language).
 */
export function indicatorMap(ind: Indicator, title: string): IndicatorMap | null {
  const made = maps.get(ind) ?? new Map<string, IndicatorMap | null>();
  maps.set(ind, made);
  const key = `${currentLanguage()}\u0000${title}`;
  if (!made.has(key)) made.set(key, makeMap(ind, title));
  return made.get(key)!;
}

function makeMap(ind: Indicator, title: string): IndicatorMap | null {
  if (!ind.showMap) return null;
  for (const s of shapes()) {
    const data = mapData(ind, s.codes);
    if (!data) continue;
    const year = data.years[data.years.length - 1]!;
    const colours = colourScale(data.breaks.length);
    const shown = Object.values(data.values[year] ?? {});
    const sorted = sortUnmatched(data.unmatched, [...s.codes]);
    return {
      // The data's words in an isolate, so an English title keeps its brackets in order in an Arabic sentence.
      title: t('map.title', { title: isolate(`${data.series ?? title}${data.unit ? ` (${data.unit})` : ''}`) }),
      data,
      map: s.map,
      year,
      fills: fillsFor(data, year, s.map.areas.map((a) => a.code), colours),
      legend: legendFor(data, colours),
      colours,
      names: Object.fromEntries(s.names),
      description: t('map.description', {
        count: shown.length,
        year,
        min: formatNumber(minOf(shown)),
        max: formatNumber(maxOf(shown)),
      }),
      unmatched: {
        sentences: explainUnmatched(sorted, s.vintage),
        codes: data.unmatched.map((code) => ({ code, ...(data.unmatchedNames[code] ? { name: data.unmatchedNames[code] } : {}) })),
      },
      zoom: zoomTargets(s.map, (k) => t(GROUP[k] ?? 'map.group.E'), new Intl.Collator(intlLocale())),
      unitTemplate: withUnit('\u0001', data.unit),
    };
  }
  return null;
}
