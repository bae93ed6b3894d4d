import type { APIRoute } from 'astro';
import { inPageLanguage } from '../../../site/endpoint.ts';
import { languagePaths } from '../../../site/routes.ts';
import { getSite } from '../../../site/site-data.ts';
import { repositoryFromEnv } from '../../../site/config.ts';
import { repositoryFiles } from '../../../site/node-files.ts';
import { archiveEntries } from '../../../audiences/researchers/archive-entries.ts';
import { buildArchive } from '../../../audiences/researchers/zip.ts';

/** `/downloads/all.zip`: every CSV and metadata file, with a manifest of SHA-256 checksums. */
export function getStaticPaths() {
  return languagePaths();
}

const get: APIRoute = () => {
  const at = repositoryFromEnv();
  const files = repositoryFiles(at);
  const zip = buildArchive(archiveEntries(getSite(), at.root, (path) => files.readBytes(path)), new Date().toISOString());
  return new Response(new Uint8Array(zip), { headers: { 'Content-Type': 'application/zip' } });
};

export const GET = inPageLanguage(get);
