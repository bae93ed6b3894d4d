import type { APIRoute } from 'astro';
import { inPageLanguage } from '../../../site/endpoint.ts';
import { indicatorPaths } from '../../../site/routes.ts';
import { metadataJson } from '../../../audiences/researchers/metadata-export.ts';
import type { Indicator } from '../../../schemas/model.ts';

export function getStaticPaths() {
  return indicatorPaths();
}

const get: APIRoute<{ indicator: Indicator }> = ({ props }) =>
  new Response(JSON.stringify(metadataJson(props.indicator)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

export const GET = inPageLanguage(get);
