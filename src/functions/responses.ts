/**
 * Response helpers. JSON for scripts; for plain form posts from browsers (JavaScript off)
 * a small HTML page. Everything put into HTML goes through escapeHtml.
 */
import type { FieldErrors } from './error-map.ts';

const BASE_HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A browser form post (not fetch) wants a page back, not JSON. */
export function wantsHtml(request: Request, isForm: boolean): boolean {
  return isForm && (request.headers.get('accept') ?? '').includes('text/html');
}

export function redirect(location: string): Response {
  return new Response(null, { status: 303, headers: { ...BASE_HEADERS, location } });
}

/** The no-JavaScript error page: what went wrong, field by field, and a way back. */
export function htmlErrorPage(status: number, errors: FieldErrors, backTo: string, headers: Record<string, string> = {}): Response {
  const items = Object.entries(errors)
    .map(([field, message]) => `<li><strong>${escapeHtml(field)}</strong>: ${escapeHtml(message)}</li>`)
    .join('');
  const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Your feedback was not sent</title></head>
<body><main><h1>Your feedback was not sent</h1><ul>${items}</ul>
<p><a href="${escapeHtml(backTo)}">Go back to the page and try again</a></p></main></body></html>`;
  return new Response(page, {
    status,
    headers: { ...BASE_HEADERS, 'content-type': 'text/html; charset=utf-8', ...headers },
  });
}
