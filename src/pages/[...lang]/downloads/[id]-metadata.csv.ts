import type { APIRoute } from 'astro';
import { inPageLanguage } from '../../../site/endpoint.ts';
import { indicatorPaths } from '../../../site/routes.ts';
import { metadataCsv } from '../../../audiences/researchers/metadata-export.ts';
import type { Indicator } from '../../../schemas/model.ts';

export function getStaticPaths() {
  return indicatorPaths();
}

const get: APIRoute<{ indicator: Indicator }> = ({ props }) =>
  new Response(metadataCsv(props.indicator), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

export const GET = inPageLanguage(get);
