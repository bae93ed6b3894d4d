import type { APIRoute } from 'astro';
import { inPageLanguage } from '../../../site/endpoint.ts';
import { languagePaths } from '../../../site/routes.ts';
import { releasesToIcs } from '../../../editorial/ics.ts';
import { datedReleases, releasesOf } from '../../../editorial/releases.ts';
import { t } from '../../../i18n/index.ts';
import { getSite } from '../../../site/site-data.ts';
import { siteConfig } from '../../../site/config.ts';

export function getStaticPaths() {
  return languagePaths();
}

const get: APIRoute = ({ site }) => {
  const all = getSite().indicators.flatMap(releasesOf);
  const ics = releasesToIcs(datedReleases(all), String(site ?? ''), `${siteConfig.title}: ${t('editorial.releases.title')}`);
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

export const GET = inPageLanguage(get);
