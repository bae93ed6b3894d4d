/**
 * Boundary files for maps, reduced to what a map needs. A repository's configuration names them
 * (`map_layers`: file, id and name properties); without it, every `geojsons/*.geojson` is tried with the
 * ONS naming habit (a property ending in CD holds the code, one ending in NM the name).
 */
import type { ReadEffects } from '../pipeline/effects.ts';

export interface Boundary {
  code: string;
  name: string;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };
}
export interface BoundarySet { file: string; codeProperty: string; features: Boundary[] }

/** A configured boundary file: path relative to the repository root, and the properties holding code and name. */
export interface MapLayerSource { file: string; idProperty: string; nameProperty: string }

const CODE = /CD$/i;
const NAME = /NM$/i;

type Feature = { properties?: Record<string, unknown>; geometry?: Boundary['geometry'] };

function readFeatures(text: string): Feature[] | undefined {
  try {
    const json = JSON.parse(text.replace(/^\uFEFF/, '')) as { features?: Feature[] };
    return Array.isArray(json.features) ? json.features : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Undoes text that was UTF-8 read as Latin-1 and saved again ("Ysyk-KÃ¶l" for "Ysyk-Köl"), as some boundary
 * files carry; any other text is returned as it is.
 */
export function repairMojibake(text: string): string {
  if (!/[\u00C2-\u00F4][\u0080-\u00BF]/.test(text) || /[^\u0000-\u00FF]/.test(text)) return text;
  const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}

function toSet(file: string, features: Feature[], codeProperty: string, nameProperty: string | undefined): BoundarySet | undefined {
  const boundaries = features.flatMap((f) => {
    const raw = f.properties?.[codeProperty];
    const code = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
    const g = f.geometry;
    if (!code || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return [];
    const name = nameProperty ? f.properties?.[nameProperty] : undefined;
    return [{ code, name: typeof name === 'string' && name.trim() ? repairMojibake(name.trim()) : code, geometry: g }];
  });
  return boundaries.length ? { file, codeProperty, features: boundaries } : undefined;
}

/** Reads the configured layers, or every GeoJSON file in geojsons/; a file that is not polygons with codes is skipped. */
export function readBoundarySets(root: string, fx: ReadEffects, layers: readonly MapLayerSource[] = []): BoundarySet[] {
  if (layers.length > 0) {
    return layers.flatMap((layer) => {
      let text: string;
      try {
        text = fx.read(`${root}/${layer.file}`);
      } catch {
        return []; // missing, or refused (a link out of the repository): validation has reported it
      }
      const features = readFeatures(text);
      return (features && toSet(layer.file, features, layer.idProperty, layer.nameProperty)) || [];
    });
  }
  const dir = `${root}/geojsons`;
  let names: string[];
  try {
    names = fx.list(dir);
  } catch {
    return []; // a link out of the repository: validation has reported it
  }
  return names.filter((f) => f.endsWith('.geojson')).sort().flatMap((file) => {
    let text: string;
    try {
      text = fx.read(`${dir}/${file}`);
    } catch {
      return []; // refused (a link out of the repository): validation has reported it
    }
    const features = readFeatures(text);
    const first = features?.[0]?.properties ?? {};
    const codeProperty = Object.keys(first).find((k) => CODE.test(k));
    if (!features || !codeProperty) return [];
    return toSet(`geojsons/${file}`, features, codeProperty, Object.keys(first).find((k) => NAME.test(k))) ?? [];
  });
}
