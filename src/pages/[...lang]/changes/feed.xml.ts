import type { APIRoute } from 'astro';
import { inPageLanguage } from '../../../site/endpoint.ts';
import { languagePaths } from '../../../site/routes.ts';
import { changesFeed } from '../../../audiences/revisions/feed.ts';
import { getHistory, getSite } from '../../../site/site-data.ts';
import { siteConfig } from '../../../site/config.ts';

export function getStaticPaths() {
  return getHistory() ? languagePaths() : [];
}

const get: APIRoute = ({ site }) =>
  new Response(changesFeed(getHistory()!, getSite().indicators, { url: String(site ?? ''), title: siteConfig.title }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });

export const GET = inPageLanguage(get);
