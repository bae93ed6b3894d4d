import type { APIRoute } from 'astro';
import { inPageLanguage } from '../../../../site/endpoint.ts';
import { join } from 'node:path';
import { pagedIndicators } from '../../../../site/site-data.ts';
import { repositoryFromEnv } from '../../../../site/config.ts';
import { repositoryFiles } from '../../../../site/node-files.ts';
import { publishedAsCsv, sourceFiles } from '../../../../audiences/researchers/links.ts';

/** Source files other than CSV (SDMX-ML messages), exactly as published; one page per file, however many indicators it feeds. */
export function getStaticPaths() {
  const files = new Set(pagedIndicators().filter((i) => i.data && !publishedAsCsv(i)).flatMap(sourceFiles));
  // Source files are the same bytes in every language: written once, at the root.
  return [...files].map((file) => ({ params: { name: file.slice(file.lastIndexOf('/') + 1), lang: undefined }, props: { file } }));
}

const TYPES: Record<string, string> = { xml: 'application/xml', json: 'application/json', csv: 'text/csv; charset=utf-8' };

const get: APIRoute<{ file: string }> = ({ props }) => {
  const ext = props.file.slice(props.file.lastIndexOf('.') + 1).toLowerCase();
  return new Response(new Uint8Array(repositoryFiles(repositoryFromEnv()).readBytes(join(repositoryFromEnv().root, props.file))), { headers: { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' } });
};

export const GET = inPageLanguage(get);
