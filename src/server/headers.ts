/**
 * The HTTP headers every answer carries, in one module. `npm start` sends them (src/server/site-app.ts); the build
 * writes the same rules for static hosts (`_headers` for Netlify and Cloudflare Pages, `vercel.json` for Vercel),
 * from the same functions, so a page is protected the same way wherever it is served.
 *
 * Security (issue 12):
 * - Content-Security-Policy: scripts only from the site itself, plus the inline scripts the build wrote, each
 *   allowed by its SHA-256 hash (computed from the built HTML, never `unsafe-inline`); Pagefind's search needs
 *   WebAssembly (`wasm-unsafe-eval`). Styles may be inline (charts and pages carry style attributes). No plugins,
 *   no `<base>` elsewhere, forms post only to the site.
 * - frame-ancestors 'none' everywhere, except embeds (`/embed/…`, `/<lang>/embed/…`), which any site may frame;
 *   the staff pages (`/staff/`, `/<lang>/staff/`) are never framable, whatever the path.
 * - X-Content-Type-Options, Referrer-Policy and Permissions-Policy on every answer.
 *
 * Caching: names that carry a hash of their content (Astro's `/_astro/`, Pagefind's fragments and index chunks,
 * the explorer's data)
 * never change, so browsers keep them a year without asking; everything else (pages, downloads, feeds) is
 * revalidated on each visit, which costs a 304 when nothing changed.
 *
 * Compression: the build writes a brotli and a gzip copy of each text file worth it (precompress.ts, by these
 * rules); `npm start` sends the one the browser accepts, with `Vary: Accept-Encoding`. Static hosts compress
 * on their own.
 *
 * Types: by extension (mime.ts), except files whose extension does not say what they are (the Atom feeds are
 * `feed.xml`), which are listed here for `npm start` and the static hosts alike.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// ——— Security ———

/** What the policy needs from the build: the hashes of the inline scripts the pages carry (`'sha256-…'`). */
export interface SecurityPolicy {
  scriptHashes: readonly string[];
  /**
   * The feedback function's origin when it is not the site's own (FEEDBACK_FUNCTION_ORIGIN at build time, which the
   * pages carry as `data-sdg-api`): the beacon and scripts may connect to it, and forms post to it.
   */
  apiOrigins?: readonly string[];
}

/** Sent with every answer. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** The policy's text; `framing` says who may show the page in a frame. */
export function contentSecurityPolicy(policy: SecurityPolicy, framing: 'none' | 'any'): string {
  const api = (policy.apiOrigins ?? []).map((o) => ` ${o}`).join('');
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${policy.scriptHashes.map((h) => ` '${h}'`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${api}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${api}`,
    `frame-ancestors ${framing === 'any' ? '*' : "'none'"}`,
  ].join('; ');
}

const STAFF = /^\/(?:[^/]+\/)?staff(?:\/|$)/;
const EMBED = /^\/(?:[^/]+\/)?embed\//;

/** True for a page other sites may frame: an embed (`/embed/1-2-1/`, `/fr/embed/1-2-1/`), never a staff page. */
export function isFramable(path: string): boolean {
  return EMBED.test(path) && !STAFF.test(path);
}

/** The headers for an answer at `path` (the URL's path, decoded as the server routes it). */
export function securityHeaders(path: string, policy: SecurityPolicy): Record<string, string> {
  return { ...COMMON_HEADERS, 'Content-Security-Policy': contentSecurityPolicy(policy, isFramable(path) ? 'any' : 'none') };
}

// ——— Caching ———

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Folders whose file names carry a hash of the content, as URL prefixes (also written for static hosts); those of
 * `HASHED_IN_EVERY_LANGUAGE` are so under every language's prefix too (`/fr/explorer/`).
 */
export const HASHED_FOLDERS = ['/_astro/', '/pagefind/fragment/', '/pagefind/index/', '/explorer/'] as const;
export const HASHED_IN_EVERY_LANGUAGE = ['/explorer/'] as const;
const LANGUAGE_HASHED = new RegExp(`^/[^/]+(?:${HASHED_IN_EVERY_LANGUAGE.join('|')})`);

/** The Cache-Control for a file at `urlPath`: a year for hashed names, revalidation for everything else. */
export function cacheControl(urlPath: string): string {
  const hashed = HASHED_FOLDERS.some((folder) => urlPath.startsWith(folder)) || LANGUAGE_HASHED.test(urlPath);
  return hashed ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/** A page that is not there may be published later: never kept without asking again. */
export const CACHE_NOT_FOUND = 'no-cache';

// ——— Compression ———

/** The encodings the build writes copies in, in the server's order of preference, and their file suffixes. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
export type EncodingName = (typeof ENCODINGS)[number]['name'];

/** Smaller files are sent as they are: a compressed copy would save a few hundred bytes at most. */
export const COMPRESS_MIN_BYTES = 1024;

/** A copy is kept only when it saves a tenth or more. */
export const worthCompressing = (size: number, compressedSize: number): boolean => compressedSize <= size * 0.9;

/** The encodings a request accepts (q=0 refused), in the server's order of preference. */
export function acceptedEncodings(header: string | undefined): EncodingName[] {
  if (!header) return [];
  const accepted = new Set<string>();
  const refused = new Set<string>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    (q && Number(q.slice(2)) === 0 ? refused : accepted).add(name);
  }
  return ENCODINGS.map((e) => e.name).filter((n) => !refused.has(n) && (accepted.has(n) || accepted.has('*')));
}

// ——— Types the extension does not tell ———

/** The Atom feeds (`/stories/feed.xml`, `/fr/updates/feed.xml`): served as Atom, so feed readers and browsers know them. */
const ATOM = 'application/atom+xml; charset=utf-8';
const FEED = /^\/(?:[^/]+\/)?(?:stories|updates)\/feed\.xml$/;

/** The Content-Type for `urlPath` when its extension would mislead, else undefined (mime.ts decides). */
export function typeByPath(urlPath: string): string | undefined {
  return FEED.test(urlPath) ? ATOM : undefined;
}

// ——— The policy from the built site ———

/** Inline scripts a browser runs (JSON data blocks are not run, and are not hashed). */
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const DATA_TYPE = /\btype\s*=\s*["']?application\/(?:ld\+)?json\b/i;

/** The CSP hashes (`sha256-…`) of the inline scripts in one HTML document, in order of first appearance. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const attrs = m[1] ?? '';
    if (/\bsrc\s*=/i.test(attrs) || DATA_TYPE.test(attrs)) continue;
    hashes.add(`sha256-${createHash('sha256').update(m[2] ?? '', 'utf8').digest('base64')}`);
  }
  return [...hashes];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** `data-sdg-api="https://fn.example.org"`: the function's origin as the build wrote it into a page. */
const API_ORIGIN = /\bdata-sdg-api="(https?:\/\/[A-Za-z0-9.\-]+(?::\d{1,5})?)"/g;

/** The function origins a page names (none when the function is on the site's own origin). */
export function apiOriginsOf(html: string): string[] {
  return [...new Set([...html.matchAll(API_ORIGIN)].map((m) => m[1]!))];
}

/** The policy for a built site: every inline script of every page (the build and `npm start` both use this). */
export function policyOfSite(distDir: string): SecurityPolicy {
  const hashes = new Set<string>();
  const origins = new Set<string>();
  for (const file of htmlFiles(distDir)) {
    const html = readFileSync(file, 'utf8');
    for (const h of inlineScriptHashes(html)) hashes.add(h);
    for (const o of apiOriginsOf(html)) origins.add(o);
  }
  return { scriptHashes: [...hashes].sort(), ...(origins.size ? { apiOrigins: [...origins].sort() } : {}) };
}

// ——— The same rules for static hosts ———

/**
 * `_headers` (Netlify, Cloudflare Pages). Embeds come after the site-wide rule: Netlify serves the later rule's
 * value of a header; Cloudflare joins the values of every matching rule unless a rule detaches one (`! Name`),
 * which Netlify skips (a line without a colon).
 */
export function headersFile(policy: SecurityPolicy): string {
  const block = (path: string, headers: Record<string, string>, detach: string[] = []) =>
    [path, ...detach.map((h) => `  ! ${h}`), ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  const csp = (framing: 'none' | 'any') => ({ 'Content-Security-Policy': contentSecurityPolicy(policy, framing) });
  const again = ['Content-Security-Policy'];
  return [
    '# Security headers, written by the build from src/server/headers.ts; npm start sends the same.',
    block('/*', securityHeaders('/', policy)),
    block('/embed/*', csp('any'), again),
    block('/:lang/embed/*', csp('any'), again),
    // Staff pages are never framable, whatever a rule above matched.
    block('/staff/*', csp('none'), again),
    block('/:lang/staff/*', csp('none'), again),
    // Caching: hashed names never change (everything else is revalidated, the hosts' default).
    ...HASHED_FOLDERS.map((folder) => block(`${folder}*`, { 'Cache-Control': CACHE_IMMUTABLE })),
    ...HASHED_IN_EVERY_LANGUAGE.map((folder) => block(`/:lang${folder}*`, { 'Cache-Control': CACHE_IMMUTABLE })),
    // Feeds are Atom, whatever their .xml says.
    ...FEED_PATHS.map((path) => block(path, { 'Content-Type': ATOM })),
    '',
  ].join('\n');
}

/** The feeds' addresses as host rules (every language). */
const FEED_PATHS = ['/stories/feed.xml', '/:lang/stories/feed.xml', '/updates/feed.xml', '/:lang/updates/feed.xml'];

/** `isFramable` as a path-to-regexp group (the path without its leading slash). */
const FRAMABLE = '(?!(?:[^/]+/)?staff/)(?:[^/]+/)?embed/';

/** `vercel.json` (deploy the built folder: `vercel deploy dist`): rules that never overlap, so no merging matters. */
export function vercelConfig(policy: SecurityPolicy) {
  const list = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));
  return {
    headers: [
      { source: `/((?!${FRAMABLE}).*)`, headers: list(securityHeaders('/', policy)) },
      { source: `/(${FRAMABLE}.*)`, headers: list(securityHeaders('/embed/', policy)) },
      ...HASHED_FOLDERS.map((folder) => ({ source: `${folder}(.*)`, headers: list({ 'Cache-Control': CACHE_IMMUTABLE }) })),
      ...HASHED_IN_EVERY_LANGUAGE.map((folder) => ({ source: `/([^/]+${folder}.*)`, headers: list({ 'Cache-Control': CACHE_IMMUTABLE }) })),
      { source: '/((?:[^/]+/)?(?:stories|updates)/feed\\.xml)', headers: list({ 'Content-Type': ATOM }) },
    ],
  };
}

/** Files the site must not serve as pages (they configure the host). */
export const HOST_RULE_FILES = ['_headers', 'vercel.json'] as const;

/** Writes `_headers` and `vercel.json` into the built site; returns how many inline scripts are allowed. */
export function writeHostRules(distDir: string, policy: SecurityPolicy = policyOfSite(distDir)): number {
  writeFileSync(join(distDir, '_headers'), headersFile(policy));
  writeFileSync(join(distDir, 'vercel.json'), `${JSON.stringify(vercelConfig(policy), null, 2)}\n`);
  return policy.scriptHashes.length;
}
