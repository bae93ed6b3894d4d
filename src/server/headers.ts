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
 * Other concerns (compression, caching) belong here too, as further sections with their own functions.
 */
import { cacheControl } from './static-files.ts';
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
    // Caching: Astro's hashed assets never change (everything else is revalidated, the hosts' default).
    block('/_astro/*', { 'Cache-Control': cacheControl('/_astro/') }),
    '',
  ].join('\n');
}

/** `isFramable` as a path-to-regexp group (the path without its leading slash). */
const FRAMABLE = '(?!(?:[^/]+/)?staff/)(?:[^/]+/)?embed/';

/** `vercel.json` (deploy the built folder: `vercel deploy dist`): rules that never overlap, so no merging matters. */
export function vercelConfig(policy: SecurityPolicy) {
  const list = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));
  return {
    headers: [
      { source: `/((?!${FRAMABLE}).*)`, headers: list(securityHeaders('/', policy)) },
      { source: `/(${FRAMABLE}.*)`, headers: list(securityHeaders('/embed/', policy)) },
      { source: '/_astro/(.*)', headers: list({ 'Cache-Control': cacheControl('/_astro/') }) },
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
