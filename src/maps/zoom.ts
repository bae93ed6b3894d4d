/**
 * Where a reader can zoom the map: for UK codes, each country of the UK and London (E09, the London
 * boroughs), where the map has areas in two countries or more; for a map of a few areas, each area. Each target
 * is a viewBox worked out at build time, in the map's own proportions, so the browser only swaps it in.
 */
import type { AreaPath, ProjectedMap } from './project.ts';
import { parseGss } from './area-codes.ts';
import { fitViewBox, type Box } from './view-box.ts';

export interface ZoomTarget { key: string; label: string; viewBox: string }

/** Up to this many areas, each is a zoom target of its own. */
const MAX_AREA_TARGETS = 40;

function union(areas: readonly AreaPath[]): Box | undefined {
  const boxes = areas.map((a) => a.box).filter((b): b is Box => Boolean(b));
  if (!boxes.length) return undefined;
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

/** UK groups: the GSS country letter, and London's boroughs (E09). */
function gssGroups(areas: readonly AreaPath[]): Map<string, AreaPath[]> {
  const groups = new Map<string, AreaPath[]>();
  const add = (key: string, a: AreaPath) => (groups.get(key) ?? groups.set(key, []).get(key)!).push(a);
  for (const a of areas) {
    const g = parseGss(a.code);
    if (!g) return new Map();
    add(g.country, a);
    if (g.entity === 'E09') add('london', a);
  }
  return groups;
}

/**
 * The zoom targets of a map; `groupLabel` names a UK group ("E", "W", "S", "N", "london"); `collator` orders
 * the areas by name in the page's language.
 */
export function zoomTargets(map: ProjectedMap, groupLabel: (key: string) => string, collator: Intl.Collator): ZoomTarget[] {
  const groups = gssGroups(map.areas);
  const countries = [...groups.keys()].filter((k) => k !== 'london');
  const target = (key: string, label: string, areas: readonly AreaPath[]): ZoomTarget[] => {
    const box = union(areas);
    return box ? [{ key, label, viewBox: fitViewBox(box, map.width, map.height) }] : [];
  };
  if (countries.length >= 2) {
    const order = ['E', 'london', 'N', 'S', 'W'];
    return [...groups].filter(([k, a]) => k !== 'london' || a.length > 1)
      .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
      .flatMap(([k, a]) => target(k, groupLabel(k), a));
  }
  if (map.areas.length <= MAX_AREA_TARGETS) {
    return [...map.areas].sort((a, b) => collator.compare(a.name, b.name)).flatMap((a) => target(a.code, a.name, [a]));
  }
  return [];
}
