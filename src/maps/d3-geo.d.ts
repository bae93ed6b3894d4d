/** The little of d3-geo the maps use (the project has no @types/d3-geo). */
declare module 'd3-geo' {
  export interface GeoProjection {
    (point: [number, number]): [number, number] | null;
    fitSize(size: [number, number], object: unknown): GeoProjection;
  }
  export function geoMercator(): GeoProjection;
}
