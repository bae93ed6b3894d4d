/**
 * Which chart images an indicator gets. PNGs only at the social-card size: one more size doubles the
 * PNG weight (~10 MB) and adds ~10 s to the build; the SVGs scale to any size an article needs.
 */
import type { Indicator } from '../../schemas/model.ts';
import { hasData } from '../../site/site-data.ts';
import { chartPoster } from './chart-image.ts';
import { svgToPng } from './png.ts';
import { SIZES, type PosterSize } from './poster.ts';

export interface ChartImage {
  file: string;
  href: string;
  format: 'svg' | 'png';
  size: PosterSize;
  use: 'social' | 'article';
  render: (ind: Indicator) => string | Uint8Array;
}

/** A poster feeds both its PNG and its SVG: draw it once per build (a few MB for the UK site). */
const drawn = new Map<string, string>();
function poster(ind: Indicator, size: PosterSize): string {
  const key = `${ind.id}:${size.width}x${size.height}`;
  if (!drawn.has(key)) drawn.set(key, chartPoster(ind, size) ?? '');
  return drawn.get(key)!;
}

export function chartImages(ind: Indicator): ChartImage[] {
  if (!hasData(ind)) return [];
  const name = (size: PosterSize, format: string) => `${ind.id}-${size.width}x${size.height}.${format}`;
  const image = (use: 'social' | 'article', format: 'svg' | 'png', render: ChartImage['render']): ChartImage => {
    const size = SIZES[use];
    return { file: name(size, format), href: `/downloads/charts/${name(size, format)}`, format, size, use, render };
  };
  return [
    image('social', 'png', (i) => svgToPng(poster(i, SIZES.social), SIZES.social.width)),
    image('social', 'svg', (i) => poster(i, SIZES.social)),
    image('article', 'svg', (i) => poster(i, SIZES.article)),
  ];
}
