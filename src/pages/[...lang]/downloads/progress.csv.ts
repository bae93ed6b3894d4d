import type { APIRoute } from 'astro';
import { inPageLanguage } from '../../../site/endpoint.ts';
import { languagePaths } from '../../../site/routes.ts';
import { countedIndicators, getSite } from '../../../site/site-data.ts';
import { progressCsv } from '../../../audiences/researchers/progress-csv.ts';

/** `progress.csv`: every progress status with the inputs and figures it was worked out from. */
export function getStaticPaths() {
  return languagePaths();
}

const get: APIRoute = () =>
  new Response(progressCsv(countedIndicators(), getSite().progressStatuses), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

export const GET = inPageLanguage(get);
