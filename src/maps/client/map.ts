/**
 * The map's scripts (loaded only on pages with a map, a few KB): year control, tooltips and keyboard reading
 * of each area, zoom. Without them the map, its legend and its table are all there.
 */
import { setupAreas, type MapAreas } from './map-areas.ts';
import { readMap } from './map-state.ts';
import { setupYear } from './map-year.ts';
import { setupZoom } from './map-zoom.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-map]')) {
  const state = readMap(root);
  if (!state) continue;
  let areas: MapAreas | undefined;
  const zoom = setupZoom(state, () => areas!);
  areas = setupAreas(state, (path) => zoom.toArea(path));
  setupYear(state, () => areas?.refresh());
}
