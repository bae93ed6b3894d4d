/**
 * The address the site is published at: SITE_URL, else the local preview address (what `npm start` serves).
 * Citations, embed codes, feeds, the sitemap and social cards carry it, so a build without SITE_URL says so.
 */
export const LOCAL_SITE_URL = 'http://127.0.0.1:4321';

type Env = Record<string, string | undefined>;

/** SITE_URL without a trailing slash, or the local address. */
export function siteUrlFrom(env: Env): string {
  return (env['SITE_URL'] || LOCAL_SITE_URL).replace(/\/+$/, '');
}

/** The build's warning when SITE_URL is unset, with the fix; nothing when it is set. */
export function siteUrlWarning(env: Env): string | undefined {
  if (env['SITE_URL']) return undefined;
  return `Warning: SITE_URL is not set, so citations, embed codes, feeds, the sitemap and social cards point at ${LOCAL_SITE_URL}.\n` +
    '  Hint: Set SITE_URL to the address the site is published at, e.g. SITE_URL=https://sdg.example.org npm run build.';
}
