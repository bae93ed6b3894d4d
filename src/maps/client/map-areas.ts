/**
 * Each area can be read: pointing at it, tapping it or reaching it by keyboard shows a tooltip with its name,
 * value and year, and outlines it. The map is one stop in the Tab order (a roving focus): the arrow keys move
 * to the nearest area in their direction, Home and End to the first and last by name, Escape hides the
 * tooltip, Enter asks to zoom to the area. Screen readers read each area's name, value and year as it takes focus.
 */
import type { MapState } from './map-state.ts';

const SVG = 'http://www.w3.org/2000/svg';
type Point = { x: number; y: number };
export interface View { x: number; y: number; width: number; height: number }
const STEPS: Record<string, Point> = { ArrowRight: { x: 1, y: 0 }, ArrowLeft: { x: -1, y: 0 }, ArrowUp: { x: 0, y: -1 }, ArrowDown: { x: 0, y: 1 } };

export interface MapAreas {
  /** After the year changed: new labels, and the tooltip shown again. */
  refresh: () => void;
  /** After a zoom (no box: the whole map): keeps the Tab stop on an area in view. */
  zoomed: (view?: View) => void;
}

export function setupAreas(s: MapState, activate: (path: SVGPathElement) => void): MapAreas {
  const frame = s.root.querySelector<HTMLElement>('[data-map-frame]');
  const tip = s.root.querySelector<HTMLElement>('[data-map-tip]');
  if (!frame || !tip) return { refresh: () => {}, zoomed: () => {} };
  s.svg.setAttribute('role', 'group');
  s.svg.setAttribute('aria-describedby', 'map-desc map-keys');
  const hint = s.root.querySelector<HTMLElement>('[data-map-hint]');
  if (hint) hint.hidden = false;
  // The outline of the area shown: dark outside, light inside, drawn over its neighbours.
  const rings = ['map-ring map-ring-outer', 'map-ring map-ring-inner'].map((cls) => {
    const ring = document.createElementNS(SVG, 'path');
    ring.setAttribute('class', cls);
    ring.setAttribute('aria-hidden', 'true');
    s.svg.append(ring);
    return ring;
  });
  const collator = new Intl.Collator(s.lang);
  const byName = [...s.paths].sort((a, b) => collator.compare(s.nameOf(a), s.nameOf(b)));
  const centres = new Map<SVGPathElement, Point>();
  const centre = (p: SVGPathElement) => {
    if (!centres.has(p)) {
      const b = p.getBBox();
      centres.set(p, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
    }
    return centres.get(p)!;
  };
  let view: View | undefined;
  const inView = (p: SVGPathElement) => {
    if (!view) return true;
    const c = centre(p);
    return c.x >= view.x && c.x <= view.x + view.width && c.y >= view.y && c.y <= view.y + view.height;
  };
  let stop = byName.find((p) => s.values[s.year]?.[p.dataset['code']!] !== undefined) ?? byName[0]!;
  let shown: SVGPathElement | undefined;

  const label = () => {
    for (const p of s.paths) p.setAttribute('aria-label', s.fill(s.text.areaLabel, { name: s.nameOf(p), detail: s.detailOf(p) }));
  };
  const setStop = (p: SVGPathElement) => {
    stop.setAttribute('tabindex', '-1');
    stop = p;
    stop.setAttribute('tabindex', '0');
  };
  for (const p of s.paths) {
    p.setAttribute('role', 'img');
    p.setAttribute('tabindex', p === stop ? '0' : '-1');
  }
  label();

  const show = (p: SVGPathElement, at?: Point) => {
    shown = p;
    for (const ring of rings) {
      ring.setAttribute('d', p.getAttribute('d') ?? '');
      s.svg.append(ring);
    }
    const name = document.createElement('strong');
    name.dir = 'auto';
    name.textContent = s.nameOf(p);
    const detail = document.createElement('span');
    detail.textContent = s.detailOf(p);
    tip.replaceChildren(name, detail);
    tip.hidden = false;
    const f = frame.getBoundingClientRect();
    const box = p.getBoundingClientRect();
    const x = (at?.x ?? box.left + box.width / 2) - f.left;
    const y = (at?.y ?? box.top + box.height / 2) - f.top;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const left = Math.min(Math.max(0, x - w / 2), Math.max(0, f.width - w));
    const top = y - h - 12 >= 0 ? y - h - 12 : Math.min(y + 16, Math.max(0, f.height - h));
    tip.style.insetInlineStart = `${s.rtl ? f.width - left - w : left}px`;
    tip.style.insetBlockStart = `${top}px`;
  };
  const hide = () => {
    shown = undefined;
    tip.hidden = true;
    for (const ring of rings) ring.removeAttribute('d');
  };
  const focused = () => (document.activeElement instanceof SVGPathElement && s.paths.includes(document.activeElement) ? document.activeElement : undefined);
  const areaAt = (e: Event) => (e.target instanceof Element ? e.target.closest<SVGPathElement>('path[data-code]') : null);

  /** The nearest area from `from` in the arrow's direction, among those in view. */
  const next = (from: SVGPathElement, step: Point) => {
    const c = centre(from);
    let best: SVGPathElement | undefined;
    let score = Infinity;
    for (const p of s.paths) {
      if (p === from || !inView(p)) continue;
      const d = { x: centre(p).x - c.x, y: centre(p).y - c.y };
      const along = d.x * step.x + d.y * step.y;
      const across = Math.abs(d.x * step.y - d.y * step.x);
      if (along <= 0) continue;
      const sc = along + (across > along ? 4 : 2) * across;
      if (sc < score) [best, score] = [p, sc];
    }
    return best;
  };

  s.svg.addEventListener('pointermove', (e) => {
    if (e.pointerType === 'touch') return;
    const p = areaAt(e);
    if (p) show(p, { x: e.clientX, y: e.clientY });
  });
  s.svg.addEventListener('pointerleave', (e) => {
    if (e.pointerType === 'touch') return;
    const f = focused();
    if (f) show(f);
    else hide();
  });
  s.svg.addEventListener('click', (e) => {
    const p = areaAt(e);
    if (!p) return;
    setStop(p);
    p.focus({ preventScroll: true });
    show(p);
  });
  s.svg.addEventListener('focusin', (e) => {
    const p = areaAt(e);
    if (!p) return;
    setStop(p);
    show(p);
  });
  s.svg.addEventListener('focusout', (e) => {
    if (!(e.relatedTarget instanceof Node && s.svg.contains(e.relatedTarget))) hide();
  });
  s.svg.addEventListener('keydown', (e) => {
    const from = areaAt(e);
    if (!from) return;
    const visible = byName.filter(inView);
    const to = e.key in STEPS ? next(from, STEPS[e.key]!) : e.key === 'Home' ? visible[0] : e.key === 'End' ? visible[visible.length - 1] : undefined;
    if (e.key in STEPS || e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      if (to) to.focus();
    } else if (e.key === 'Escape') {
      if (!tip.hidden) e.preventDefault();
      hide();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      activate(from);
      show(from);
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !tip.hidden && !focused()) hide();
  });

  return {
    refresh: () => {
      label();
      if (shown) show(shown);
    },
    zoomed: (box) => {
      view = box;
      if (!inView(stop)) setStop(byName.find((p) => inView(p)) ?? stop);
      if (shown) {
        if (inView(shown)) show(shown);
        else hide();
      }
    },
  };
}
