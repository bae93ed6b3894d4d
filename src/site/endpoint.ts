/**
 * Endpoints (CSV, JSON, feeds, posters) are rendered in the language their address names, like pages; the
 * middleware does it for pages, and this wrapper does it for endpoints, where Astro gives no such guarantee.
 */
import type { APIContext, APIRoute } from 'astro';
import { withLanguage } from '../i18n/server.ts';
import { langOf } from './routes.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function inPageLanguage<P extends Record<string, any>>(handler: APIRoute<P>): APIRoute<P> {
  return (context: APIContext<P>) => withLanguage(langOf(typeof context.params['lang'] === 'string' ? context.params['lang'] : undefined), () => handler(context));
}
