/**
 * Zooming: a select of the places worked out at build time (UK countries and London, or each area of a small
 * map), Enter on an area, and a button back to the whole map. The viewBox changes; borders keep their width
 * (non-scaling strokes); the live region says where the map now is.
 */
import { fitViewBox, type Box } from '../view-box.ts';
import type { MapAreas, View } from './map-areas.ts';
import type { MapState } from './map-state.ts';

export interface MapZoom { toArea: (path: SVGPathElement) => void }

export function setupZoom(s: MapState, areas: () => MapAreas): MapZoom {
  const box = s.root.querySelector<HTMLElement>('[data-map-zoom]');
  const select = box?.querySelector('select');
  const reset = box?.querySelector<HTMLButtonElement>('[data-map-reset]');
  const whole = s.svg.getAttribute('viewBox') ?? '';
  const [, , width = 0, height = 0] = whole.split(/\s+/).map(Number);

  const apply = (viewBox: string, place?: string) => {
    s.svg.setAttribute('viewBox', viewBox || whole);
    s.root.toggleAttribute('data-zoomed', Boolean(viewBox));
    const [x = 0, y = 0, w = 0, h = 0] = (viewBox || whole).split(/\s+/).map(Number);
    areas().zoomed(viewBox ? { x, y, width: w, height: h } satisfies View : undefined);
    s.announce(place ? s.fill(s.text.zoomed, { name: place }) : s.text.whole);
  };
  if (box && select && reset) {
    box.hidden = false;
    select.addEventListener('change', () => apply(select.value, select.selectedOptions[0]?.textContent ?? ''));
    reset.addEventListener('click', () => {
      select.value = '';
      apply('');
    });
  }
  return {
    toArea: (path) => {
      const b = path.getBBox();
      const area: Box = [b.x, b.y, b.x + b.width, b.y + b.height];
      if (select) select.value = '';
      // A small area gets room around it, so its neighbours show where it is.
      apply(fitViewBox(area, width, height, 0.6), s.nameOf(path));
    },
  };
}
