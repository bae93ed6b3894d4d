import type { APIRoute } from 'astro';
import { inPageLanguage } from '../../../site/endpoint.ts';
import { languagePaths } from '../../../site/routes.ts';
import { storiesFeed } from '../../../editorial/feeds.ts';
import { getEditorial } from '../../../site/editorial-data.ts';
import { storiesIn } from '../../../editorial/editorial.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { siteConfig } from '../../../site/config.ts';

export function getStaticPaths() {
  return languagePaths();
}

const get: APIRoute = ({ site }) =>
  new Response(storiesFeed(storiesIn(getEditorial(), currentLanguage()), { url: String(site ?? ''), title: siteConfig.title }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });

export const GET = inPageLanguage(get);
