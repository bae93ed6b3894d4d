import type { APIRoute } from 'astro';
import { storiesFeed } from '../../editorial/feeds.ts';
import { getEditorial } from '../../site/editorial-data.ts';
import { siteConfig } from '../../site/config.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(storiesFeed(getEditorial().stories, { url: String(site ?? ''), title: siteConfig.title }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
