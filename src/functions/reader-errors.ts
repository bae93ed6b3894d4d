/**
 * What a reader sees when their feedback is refused. Every error of the public POST gets a stable code, so
 * the widget (JavaScript on) and the site's error page (JavaScript off) can show it in the reader's language,
 * beside the field it is about. The API's English messages stay as they are for scripts.
 *
 * The error page is the site's own page `/feedback/error/` (src/pages/[...lang]/feedback/error.astro), built
 * in every language with one hidden item per possible error. The function only reveals the items that apply
 * and points the "back" link at the reader's page: it never writes anything the reader sent into the page.
 */
import type { FieldErrors } from './error-map.ts';
import { escapeHtml } from './responses.ts';
import { MESSAGES } from './schema.ts';

/** Codes a reader can meet. `other` covers what a reader cannot fix (a server fault, a request from elsewhere). */
export const READER_ERROR_CODES = ['page', 'useful', 'textLength', 'textChars', 'group', 'email', 'consent', 'rateLimited', 'tooLarge', 'other'] as const;
export type ReaderErrorCode = (typeof READER_ERROR_CODES)[number];
export type ErrorCodes = Record<string, ReaderErrorCode>;

/** The form's fields and the errors each can have, in the order the form shows them; `body` is the whole answer. */
export const READER_ERRORS: readonly { field: string; code: ReaderErrorCode }[] = [
  { field: 'useful', code: 'useful' },
  { field: 'doing', code: 'textLength' },
  { field: 'doing', code: 'textChars' },
  { field: 'problem', code: 'textLength' },
  { field: 'problem', code: 'textChars' },
  { field: 'group', code: 'group' },
  { field: 'email', code: 'email' },
  { field: 'consent', code: 'consent' },
  { field: 'page', code: 'page' },
  { field: 'body', code: 'rateLimited' },
  { field: 'body', code: 'tooLarge' },
];

const BY_MESSAGE = new Map<string, ReaderErrorCode>([
  [MESSAGES.useful, 'useful'],
  [MESSAGES.textLength, 'textLength'],
  [MESSAGES.textChars, 'textChars'],
  [MESSAGES.group, 'group'],
  [MESSAGES.email, 'email'],
  [MESSAGES.consent, 'consent'],
]);

/** Codes for the field errors of the input schema. */
export function fieldErrorCodes(errors: FieldErrors): ErrorCodes {
  const codes: ErrorCodes = {};
  for (const [field, message] of Object.entries(errors)) codes[field] = field === 'page' ? 'page' : (BY_MESSAGE.get(message) ?? 'other');
  return codes;
}

/** Where the site's error page is for a language: `/feedback/error/`, `/fr/feedback/error/`. */
export const ERROR_PAGE_PATH = '/feedback/error/';

/**
 * Finds the built error page at `path` (with the language prefix): its HTML, or undefined when it cannot be had.
 * The Node server reads it from the built site; serverless platforms fetch it from the site itself.
 */
export type ErrorPageSource = (path: string, request: Request) => Promise<string | undefined>;

/** The marker of an error item in the page: `data-fb-error="consent:consent"`. */
const itemAttr = (field: string, code: string) => `data-fb-error="${field}:${code}"`;
const GENERIC = 'data-fb-error="other"';

/**
 * The error page with the items for `codes` shown and the "back" link pointing at `backTo` (a validated path).
 * Undefined when the template is not the error page (then the caller answers with the plain page).
 */
export function fillErrorPage(template: string, codes: ErrorCodes, backTo: string): string | undefined {
  if (!template.includes(GENERIC) || !/<a\b[^>]*\bdata-fb-back\b/.test(template)) return undefined;
  let html = template;
  let shown = 0;
  for (const [field, code] of Object.entries(codes)) {
    // Astro may write other attributes between the marker and `hidden`, so match up to the tag's end.
    const item = new RegExp(`(${itemAttr(field, code).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^>]*?)\\s+hidden\\b`);
    if (!item.test(html)) continue;
    html = html.replace(item, '$1');
    shown += 1;
  }
  // The generic item stays only when nothing more precise applies.
  if (shown > 0) html = html.replace(GENERIC, `${GENERIC} hidden`);
  return html.replace(/<a\b[^>]*\bdata-fb-back\b[^>]*>/, (tag) => tag.replace(/\bhref="[^"]*"/, `href="${escapeHtml(backTo)}#fb-title"`));
}

/**
 * For serverless platforms: fetches the error page from the site the request came to (the platform routes only
 * the site's own host names to the function), keeping each for `ttlMs`. Fails quietly: the plain page is used.
 */
export function fetchErrorPages({
  fetchFn = fetch,
  ttlMs = 10 * 60_000,
  timeoutMs = 3000,
  now = Date.now,
}: { fetchFn?: typeof fetch; ttlMs?: number; timeoutMs?: number; now?: () => number } = {}): ErrorPageSource {
  const cache = new Map<string, { html: string; at: number }>();
  return async (path, request) => {
    const url = new URL(path, request.url).href;
    const hit = cache.get(url);
    if (hit && now() - hit.at < ttlMs) return hit.html;
    try {
      const res = await fetchFn(url, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(timeoutMs) });
      if (!res.ok || !(res.headers.get('content-type') ?? '').includes('text/html')) return undefined;
      const html = await res.text();
      if (html.length > 1_000_000) return undefined;
      if (cache.size >= 50) cache.clear();
      cache.set(url, { html, at: now() });
      return html;
    } catch {
      return undefined;
    }
  };
}
