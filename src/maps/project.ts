/**
 * Projects boundaries to SVG paths once, at build time, small enough to inline: points closer than `tolerance`
 * pixels to the last kept one are dropped and coordinates are rounded to 0.1 px. One shape set serves every map.
 */
import { geoMercator } from 'd3-geo';
import type { Boundary } from './boundaries.ts';

export interface AreaPath { code: string; name: string; d: string }
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

export function projectBoundaries(features: Boundary[], width = 520, height = 680, tolerance = 0.9): ProjectedMap {
  // Fitted to the points, not the polygons: d3-geo reads ring winding spherically, and GeoJSON files differ on it.
  const points = features.flatMap((f) => (f.geometry.coordinates as unknown[]).flat(f.geometry.type === 'Polygon' ? 1 : 2));
  const projection = geoMercator().fitSize([width, height], { type: 'MultiPoint', coordinates: points });
  const areas = features.map((f) => {
    const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as number[][][][];
    const d = polygons
      .flatMap((rings) => rings.map((ring) => ringPath(ring.map((c) => projection(c as [number, number])!) as [number, number][], tolerance)))
      .join('');
    return { code: f.code, name: f.name, d };
  });
  return { width, height, areas };
}
