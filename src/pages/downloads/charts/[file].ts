import type { APIRoute } from 'astro';
import { getSite } from '../../../site/site-data.ts';
import { chartImages, type ChartImage } from '../../../audiences/media/images.ts';

/** The publishable chart of each indicator with a chart: SVG at every size, PNG at the social-card size. */
export function getStaticPaths() {
  return getSite().indicators.flatMap((indicator) =>
    chartImages(indicator).map((image) => ({ params: { file: image.file }, props: { indicator, image } })),
  );
}

export const GET: APIRoute<{ indicator: import('../../../schemas/model.ts').Indicator; image: ChartImage }> = ({ props }) => {
  const body = props.image.render(props.indicator);
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'Content-Type': props.image.format === 'png' ? 'image/png' : 'image/svg+xml' },
  });
};
