/**
 * Renders every page in the language its address names (`/fr/goals/1/` → French): `t()`, `getSite()` and the
 * formatters read it from the request's context, so concurrent renders never mix languages. The body is
 * read inside that context, since Astro renders components while the response streams. During a build, each
 * render's time is added to the build's profile under its language, and each page goes to the search index.
 */
import { defineMiddleware } from 'astro:middleware';
import { withLanguage } from './i18n/server.ts';
import { langOf } from './site/routes.ts';
import { currentProfile, threadSeconds } from './build/profile.ts';
import { addRenderedPage } from './build/search-index.ts';

export const onRequest = defineMiddleware((context, next) => {
  const lang = langOf(typeof context.params['lang'] === 'string' ? context.params['lang'] : undefined);
  const profile = currentProfile();
  profile?.markOnce('Astro renders its first page');
  const started = profile ? threadSeconds() : 0;
  return withLanguage(lang, async () => {
    const response = await next();
    const body = await response.arrayBuffer();
    // Old data versions (the CSV as each revision left it) are counted apart from the languages.
    profile?.add('Astro page renders', context.url.pathname.includes('/downloads/versions/') ? 'old data versions' : lang, threadSeconds() - started);
    // During a build, Pagefind indexes each page as it is rendered.
    if (response.headers.get('content-type')?.startsWith('text/html')) addRenderedPage(context.url.pathname, new TextDecoder().decode(body));
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  });
});
