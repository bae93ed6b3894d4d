/**
 * Which chart images an indicator gets: PNG and SVG at the social-card and the article size. The SVGs
 * and their PNGs are drawn by the build's worker threads (src/build/indicator-files.ts).
 */
import { currentLanguage } from '../../i18n/index.ts';
import { localize } from '../../site/routes.ts';
import type { Indicator } from '../../schemas/model.ts';
import { hasData } from '../../site/site-data.ts';
import { chartPoster } from './chart-image.ts';
import { SIZES, type PosterSize } from './poster.ts';

export interface ChartImage {
  file: string;
  href: string;
  format: 'svg' | 'png';
  size: PosterSize;
  use: 'social' | 'article';
  /** The SVG poster; PNGs have none here (encoded from the SVG of the same size after the build). */
  render?: (ind: Indicator) => string;
}

/**
 * A poster feeds both its PNG and its SVG: draw it once per build (a few MB for the UK site). Kept per indicator
 * object, so a new reading of the data (the editors' preview) draws it again.
 */
const drawn = new WeakMap<Indicator, Map<string, string>>();
function poster(ind: Indicator, size: PosterSize): string {
  const key = `${currentLanguage()}:${size.width}x${size.height}`;
  let mine = drawn.get(ind);
  if (!mine) drawn.set(ind, (mine = new Map()));
  if (!mine.has(key)) mine.set(key, chartPoster(ind, size) ?? '');
  return mine.get(key)!;
}

export function chartImages(ind: Indicator): ChartImage[] {
  if (!hasData(ind)) return [];
  const name = (size: PosterSize, format: string) => `${ind.id}-${size.width}x${size.height}.${format}`;
  const image = (use: 'social' | 'article', format: 'svg' | 'png', render?: ChartImage['render']): ChartImage => {
    const size = SIZES[use];
    return { file: name(size, format), href: localize(`/downloads/charts/${name(size, format)}`), format, size, use, ...(render ? { render } : {}) };
  };
  return [
    image('social', 'png'),
    image('social', 'svg', (i) => poster(i, SIZES.social)),
    image('article', 'png'),
    image('article', 'svg', (i) => poster(i, SIZES.article)),
  ];
}
