import type { APIRoute } from 'astro';
import { inPageLanguage } from '../../../../site/endpoint.ts';
import { everyLanguage } from '../../../../site/routes.ts';
import { pagedIndicators } from '../../../../site/site-data.ts';
import { explorerFilesOf } from '../../../../site/explorer-files.ts';

/** The explorer's data files (index and chunks, see src/site/explorer-files.ts), per indicator and language. */
export function getStaticPaths() {
  return everyLanguage((lang) => pagedIndicators(lang).flatMap((indicator) =>
    (explorerFilesOf(indicator)?.files ?? []).map((f) => ({ params: { id: indicator.id, file: f.path.slice(f.path.lastIndexOf('/') + 1) }, props: { text: f.text } }))));
}

const get: APIRoute<{ text: string }> = ({ props }) =>
  new Response(props.text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

export const GET = inPageLanguage(get);
