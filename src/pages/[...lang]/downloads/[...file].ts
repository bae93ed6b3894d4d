import type { APIRoute } from 'astro';
import { inPageLanguage } from '../../../site/endpoint.ts';
import { getSite, pagedIndicators, siteLanguages } from '../../../site/site-data.ts';
import { everyLanguage } from '../../../site/routes.ts';
import { repositoryFromEnv } from '../../../site/config.ts';
import { repositoryFiles } from '../../../site/node-files.ts';
import { candidatePaths, indicatorFiles } from '../../../build/indicator-files.ts';
import { archiveEntries } from '../../../audiences/researchers/archive-entries.ts';
import { buildArchive } from '../../../audiences/researchers/zip.ts';
import { contentType } from '../../../server/mime.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import type { Indicator } from '../../../schemas/model.ts';

/**
 * The dev server's per-indicator downloads and all.zip, made on request by the same functions the build runs in
 * its workers (src/build/indicator-files.ts). The build writes these files itself: here it lists none.
 */
export function getStaticPaths() {
  if (process.env['SDG_FILES_OUTSIDE_ASTRO']) return [];
  return everyLanguage((lang) => [
    { params: { file: 'all.zip' }, props: { indicator: undefined as Indicator | undefined } },
    ...pagedIndicators(lang).flatMap((indicator) => candidatePaths(indicator).map((path) => ({ params: { file: path.slice('downloads/'.length) }, props: { indicator } }))),
  ]);
}

const get: APIRoute<{ indicator: Indicator | undefined }> = async ({ params, props }) => {
  const path = `downloads/${params['file']}`;
  if (!props.indicator) {
    const at = repositoryFromEnv();
    const files = repositoryFiles(at);
    const zip = buildArchive(archiveEntries(getSite(), at.root, (p) => files.readBytes(p)), new Date().toISOString());
    return new Response(new Uint8Array(zip), { headers: { 'Content-Type': 'application/zip' } });
  }
  const file = (await indicatorFiles(props.indicator, currentLanguage() === siteLanguages().default)).find((f) => f.path === path);
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(typeof file.bytes === 'string' ? file.bytes : new Uint8Array(file.bytes), { headers: { 'Content-Type': contentType(path) } });
};

export const GET = inPageLanguage(get);
