/**
 * Renders every page in the language its address names (`/fr/goals/1/` → French): `t()`, `getSite()` and the
 * formatters read it from the request's context, so concurrent renders never mix languages. The body is
 * read inside that context, since Astro renders components while the response streams. During a build, each
 * render's time is added to the build's profile under its language.
 */
import { defineMiddleware } from 'astro:middleware';
import { withLanguage } from './i18n/server.ts';
import { langOf } from './site/routes.ts';
import { currentProfile } from './build/profile.ts';

export const onRequest = defineMiddleware((context, next) => {
  const lang = langOf(typeof context.params['lang'] === 'string' ? context.params['lang'] : undefined);
  const profile = currentProfile();
  profile?.markOnce('Astro renders its first page');
  const started = performance.now();
  return withLanguage(lang, async () => {
    const response = await next();
    const body = await response.arrayBuffer();
    profile?.add('Astro page renders', lang, (performance.now() - started) / 1000);
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  });
});
