import type { APIRoute } from 'astro';
import { inPageLanguage } from '../../../../site/endpoint.ts';
import { pagedIndicators } from '../../../../site/site-data.ts';
import { everyLanguage } from '../../../../site/routes.ts';
import { chartImages, type ChartImage } from '../../../../audiences/media/images.ts';

/**
 * The publishable chart of each indicator with a chart, as SVG at every size. The PNGs are encoded
 * from these SVGs after the build, on every core (scripts/build.ts, src/audiences/media/png-pool.ts).
 */
export function getStaticPaths() {
  return everyLanguage((lang) => pagedIndicators(lang).flatMap((indicator) =>
    chartImages(indicator)
      .filter((image) => image.format === 'svg')
      .map((image) => ({ params: { file: image.file }, props: { indicator, image } })),
  ));
}

const get: APIRoute<{ indicator: import('../../../../schemas/model.ts').Indicator; image: ChartImage }> = ({ props }) => {
  return new Response(props.image.render?.(props.indicator) ?? '', { headers: { 'Content-Type': 'image/svg+xml' } });
};

export const GET = inPageLanguage(get);
