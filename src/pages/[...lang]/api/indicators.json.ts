import type { APIRoute } from 'astro';
import { inPageLanguage } from '../../../site/endpoint.ts';
import { languagePaths } from '../../../site/routes.ts';
import { getSite } from '../../../site/site-data.ts';
import { apiIndex } from '../../../audiences/researchers/api-index.ts';
import { audienceConfig } from '../../../audiences/config.ts';

/** `/api/indicators.json`: every indicator with its title, status, goal, units, last year and downloads. */
export function getStaticPaths() {
  return languagePaths();
}

const get: APIRoute = () =>
  new Response(JSON.stringify(apiIndex(getSite(), audienceConfig.siteUrl)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

export const GET = inPageLanguage(get);
