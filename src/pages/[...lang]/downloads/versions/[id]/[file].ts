import type { APIRoute } from 'astro';
import { getHistory, siteLanguages } from '../../../../../site/site-data.ts';
import { everyLanguage } from '../../../../../site/routes.ts';

/** `/downloads/versions/<id>/<date>-<hash>.csv`: the CSV as a revision left it (the same bytes in any language: at the root only). */
export function getStaticPaths() {
  const versions = getHistory()?.versions ?? new Map<string, Map<string, Uint8Array>>();
  return everyLanguage((lang) => lang !== siteLanguages().default ? [] : [...versions].flatMap(([id, files]) =>
    [...files].map(([file, bytes]) => ({ params: { id, file }, props: { bytes } }))));
}

export const GET: APIRoute<{ bytes: Uint8Array }> = ({ props }) =>
  new Response(new Uint8Array(props.bytes), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
