import type { APIRoute } from 'astro';
import { getSite } from '../../site/site-data.ts';
import { metadataJson } from '../../audiences/researchers/metadata-export.ts';
import type { Indicator } from '../../schemas/model.ts';

export function getStaticPaths() {
  return getSite().indicators.map((indicator) => ({ params: { id: indicator.id }, props: { indicator } }));
}

export const GET: APIRoute<{ indicator: Indicator }> = ({ props }) =>
  new Response(JSON.stringify(metadataJson(props.indicator)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
