/**
 * `sitemap.xml`: every page of the built site, each with its versions in the other languages
 * (`xhtml:link rel="alternate" hreflang`), so search engines send each reader to their language. Redirect
 * pages (Open SDG's old addresses) and the 404 page are left out. Written after the Astro build.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { bcp47 } from '../pipeline/languages.ts';

function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' || name === 'downloads' ? [] : htmlFiles(path, root);
    return name === 'index.html' ? [relative(root, path).split(sep).join('/')] : [];
  });
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Writes sitemap.xml and robots.txt into `dist`; returns how many pages it lists. */
export function writeSitemap(dist: string, siteUrl: string, languages: readonly string[]): number {
  const base = siteUrl.replace(/\/+$/, '');
  const others = new Set(languages.slice(1));
  // Page path without its language → language → path.
  const pages = new Map<string, Map<string, string>>();
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(join(dist, file), 'utf8');
    if (html.includes('name="robots" content="noindex"')) continue;
    const path = `/${file.replace(/index\.html$/, '')}`;
    const first = path.split('/')[1] ?? '';
    const lang = others.has(first) ? first : languages[0] ?? 'en';
    const key = others.has(first) ? path.slice(first.length + 1) : path;
    if (!pages.has(key)) pages.set(key, new Map());
    pages.get(key)!.set(lang, path);
  }
  const urls = [...pages.values()].flatMap((versions) => [...versions.values()].map((path) => {
    const alternates = versions.size > 1
      ? [...versions].map(([lang, p]) => `<xhtml:link rel="alternate" hreflang="${bcp47(lang)}" href="${escapeXml(base + p)}"/>`).join('')
      : '';
    return `<url><loc>${escapeXml(base + path)}</loc>${alternates}</url>`;
  }));
  writeFileSync(join(dist, 'sitemap.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`);
  writeFileSync(join(dist, 'robots.txt'), `User-agent: *\nAllow: /\nDisallow: /staff/\nSitemap: ${base}/sitemap.xml\n`);
  return urls.length;
}
