/**
 * In the editors' preview only (the integration adds it for `astro dev`): every page gets the problems banner
 * of src/preview/banner.ts, in the page's language (this runs inside the project's language middleware), and the
 * script that reloads it after a new reading of the data.
 */
import { defineMiddleware } from 'astro:middleware';
import { problemsBanner, reloadScript, withPreview } from './banner.ts';
import { previewState } from './state.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  const state = previewState();
  if (!state || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = withPreview(await response.text(), problemsBanner(state), reloadScript(state.generation));
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
});
