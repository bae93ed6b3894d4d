import type { APIRoute } from 'astro';
import { getSite } from '../../site/site-data.ts';
import { metadataCsv } from '../../audiences/researchers/metadata-export.ts';
import type { Indicator } from '../../schemas/model.ts';

export function getStaticPaths() {
  return getSite().indicators.map((indicator) => ({ params: { id: indicator.id }, props: { indicator } }));
}

export const GET: APIRoute<{ indicator: Indicator }> = ({ props }) =>
  new Response(metadataCsv(props.indicator), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
