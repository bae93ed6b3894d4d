/** Boundary files of a data repository (`geojsons/*.geojson`), reduced to what a map needs. */
import type { ReadEffects } from '../pipeline/effects.ts';

export interface Boundary {
  code: string;
  name: string;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };
}
export interface BoundarySet { file: string; codeProperty: string; features: Boundary[] }

/** The property holding area codes (`LAD16CD`) and the one holding names (`LAD16NM`), by the ONS naming habit. */
const CODE = /CD$/i;
const NAME = /NM$/i;

/** Reads every GeoJSON boundary file; a file that is not GeoJSON polygons with a code property is skipped. */
export function readBoundarySets(root: string, fx: ReadEffects): BoundarySet[] {
  const dir = `${root}/geojsons`;
  return fx.list(dir).filter((f) => f.endsWith('.geojson')).sort().flatMap((file) => {
    let json: { features?: { properties?: Record<string, unknown>; geometry?: Boundary['geometry'] }[] };
    try {
      json = JSON.parse(fx.read(`${dir}/${file}`));
    } catch {
      return [];
    }
    const first = json.features?.[0]?.properties ?? {};
    const codeProperty = Object.keys(first).find((k) => CODE.test(k));
    const nameProperty = Object.keys(first).find((k) => NAME.test(k));
    if (!codeProperty) return [];
    const features = (json.features ?? []).flatMap((f) => {
      const code = f.properties?.[codeProperty];
      const g = f.geometry;
      if (typeof code !== 'string' || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return [];
      const name = nameProperty ? f.properties?.[nameProperty] : undefined;
      return [{ code, name: typeof name === 'string' && name.trim() ? name.trim() : code, geometry: g }];
    });
    return features.length ? [{ file: `geojsons/${file}`, codeProperty, features }] : [];
  });
}
