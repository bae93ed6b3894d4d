/**
 * Every page exists in every language the site is published in: the default language at `/`, each other
 * under `/<lang>/` with the same paths below it. Routes live under `src/pages/[...lang]/`; these helpers
 * give them their static paths and turn a path into its address in a language.
 */
import { currentLanguage } from '../i18n/index.ts';
import { getSite, pagedIndicators, siteLanguages } from './site-data.ts';
import type { Indicator } from '../schemas/model.ts';

/** The `lang` route parameter: undefined for the default language (served at the root). */
export function langParam(lang: string): string | undefined {
  return lang === siteLanguages().default ? undefined : lang;
}

/** The language a route's `lang` parameter names. */
export function langOf(param: string | undefined): string {
  return param ?? siteLanguages().default;
}

type Path<P, Q> = { params: P; props: Q };

/** Static paths for every language: `paths(lang)` gives one language's, the `lang` parameter is added. */
export function everyLanguage<P extends Record<string, string | undefined>, Q>(paths: (lang: string) => Path<P, Q>[]) {
  return siteLanguages().all.flatMap((lang) => paths(lang).map((p) => ({ params: { ...p.params, lang: langParam(lang) }, props: p.props })));
}

/** Static paths of a page without other parameters: one per language. */
export function languagePaths() {
  return siteLanguages().all.map((lang) => ({ params: { lang: langParam(lang) } }));
}

/** Static paths for a route with an `[id]` parameter: one per paged indicator (that passes `keep`) and language. */
export function indicatorPaths(keep: (indicator: Indicator) => boolean = () => true) {
  return everyLanguage((lang) => pagedIndicators(lang).filter(keep).map((indicator) => ({ params: { id: indicator.id }, props: { indicator } })));
}

/** The address of `path` (`/goals/1/`) in `lang`: `/goals/1/` for the default language, `/fr/goals/1/` otherwise. */
export function localize(path: string, lang = currentLanguage()): string {
  const param = langParam(lang);
  return param ? `/${param}${path}` : path;
}

/** A pathname without its language prefix, and the language it names. */
export function unlocalize(pathname: string): { lang: string; path: string } {
  const { all, default: fallback } = siteLanguages();
  const first = pathname.split('/')[1] ?? '';
  return first && first !== fallback && all.includes(first) ? { lang: first, path: pathname.slice(first.length + 1) || '/' } : { lang: fallback, path: pathname };
}

/** The model of the language being rendered (a short name for routes). */
export const siteFor = (lang?: string) => getSite(lang);
