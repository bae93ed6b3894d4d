/**
 * Projects boundaries to SVG paths once, at build time, small enough to inline: points closer than `tolerance`
 * pixels to the last kept one are dropped and coordinates are rounded to 0.1 px. One shape set serves every map.
 */
import { geoMercator } from 'd3-geo';
import type { Boundary } from './boundaries.ts';

/** `box`: the area's extent in map pixels, [x0, y0, x1, y1] (for zooming to it). */
export interface AreaPath { code: string; name: string; d: string; box?: [number, number, number, number] }
export interface ProjectedMap { width: number; height: number; areas: AreaPath[] }

const r1 = (n: number) => Math.round(n * 10) / 10;

function ringPath(ring: [number, number][], tolerance: number): string {
  const kept: [number, number][] = [];
  for (const p of ring) {
    const last = kept[kept.length - 1];
    if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= tolerance) kept.push(p);
  }
  if (kept.length < 3) return '';
  // Relative moves between rounded points: shorter text, and no drift since each step is taken from rounded ends.
  const [x0, y0] = kept[0]!;
  const steps = kept.slice(1).map(([x, y], i) => `${r1(r1(x) - r1(kept[i]![0]))},${r1(r1(y) - r1(kept[i]![1]))}`);
  return `M${r1(x0)},${r1(y0)}l${steps.join(' ')}z`.replace(/(^|[, l])0\./g, '$1.').replace(/-0\./g, '-.');
}

/** The bounding box of points (a loop: boundary rings can be too long to spread into Math.min). */
function extent(points: [number, number][]): AreaPath['box'] {
  if (points.length === 0) return undefined;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (y < y0) y0 = y;
    if (x > x1) x1 = x;
    if (y > y1) y1 = y;
  }
  return [r1(x0), r1(y0), r1(x1), r1(y1)];
}

export function projectBoundaries(features: Boundary[], width = 520, height = 680, tolerance = 0.9): ProjectedMap {
  // Fitted to the points, not the polygons: d3-geo reads ring winding spherically, and GeoJSON files differ on it.
  const points = features.flatMap((f) => (f.geometry.coordinates as unknown[]).flat(f.geometry.type === 'Polygon' ? 1 : 2));
  const all = { type: 'MultiPoint', coordinates: points };
  // The frame is cropped to the country's shape (a wide country in a tall frame would sit in blank space).
  const fitted = geoMercator().fitSize([width, height], all);
  const first = extent(points.map((c) => fitted(c as [number, number])!));
  if (first) {
    width = Math.min(width, Math.ceil(first[2] - first[0]));
    height = Math.min(height, Math.ceil(first[3] - first[1]));
  }
  const projection = geoMercator().fitSize([width, height], all);
  const areas = features.map((f) => {
    const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as number[][][][];
    const rings = polygons.flatMap((rs) => rs.map((ring) => ring.map((c) => projection(c as [number, number])!) as [number, number][]));
    const d = rings.map((ring) => ringPath(ring, tolerance)).join('');
    const box = extent(rings.flat());
    return { code: f.code, name: f.name, d, ...(box ? { box } : {}) };
  });
  return { width, height, areas };
}
