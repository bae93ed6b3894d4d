import type { APIRoute } from 'astro';
import { inPageLanguage } from '../../../site/endpoint.ts';
import { join } from 'node:path';
import { pagedIndicators, siteLanguages } from '../../../site/site-data.ts';
import { everyLanguage } from '../../../site/routes.ts';
import { repositoryFromEnv } from '../../../site/config.ts';
import { repositoryFiles } from '../../../site/node-files.ts';
import { indicatorJson } from '../../../site/indicator-json.ts';
import type { Indicator } from '../../../schemas/model.ts';
import { publishedAsCsv } from '../../../audiences/researchers/links.ts';

/** `indicator_<id>.csv`: the file exactly as published; `<id>.json`: the typed model. */
export function getStaticPaths() {
  // The CSV as published is the same bytes in every language: written once, at the root.
  return everyLanguage((lang) => pagedIndicators(lang).flatMap((indicator) => [
    ...(lang === siteLanguages().default && indicator.data && publishedAsCsv(indicator) ? [{ params: { file: `indicator_${indicator.id}.csv` }, props: { indicator, kind: 'csv' as 'csv' | 'json' } }] : []),
    { params: { file: `${indicator.id}.json` }, props: { indicator, kind: 'json' as 'csv' | 'json' } },
  ]));
}

const get: APIRoute<{ indicator: Indicator; kind: 'csv' | 'json' }> = ({ props }) => {
  const { indicator, kind } = props;
  if (kind === 'csv') {
    const bytes = new Uint8Array(repositoryFiles(repositoryFromEnv()).readBytes(join(repositoryFromEnv().root, indicator.data!.file)));
    return new Response(bytes, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  return new Response(JSON.stringify(indicatorJson(indicator)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

export const GET = inPageLanguage(get);
