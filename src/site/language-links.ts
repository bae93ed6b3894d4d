/** The language switcher and hreflang alternates: the same page in every language it exists in. */
import { bcp47, directionOf } from '../pipeline/languages.ts';
import { localize, unlocalize } from './routes.ts';
import { siteLanguages } from './site-data.ts';

export interface LanguageLink {
  lang: string;
  /** BCP 47 tag for `lang`/`hreflang` attributes. */
  tag: string;
  /** The language's name in itself ("français", "العربية"). */
  name: string;
  href: string;
  dir: 'ltr' | 'rtl';
  current: boolean;
}

const names = new Map<string, string>();
export function nativeName(lang: string): string {
  const tag = bcp47(lang);
  if (!names.has(tag)) {
    let name = tag;
    try {
      name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    } catch { /* an unknown tag keeps its code */ }
    names.set(tag, name.charAt(0).toLocaleUpperCase(tag) + name.slice(1));
  }
  return names.get(tag)!;
}

/** A language's name in another: `languageName('en', 'fr')` → « anglais ». */
export function languageName(lang: string, inLang: string): string {
  try {
    return new Intl.DisplayNames([bcp47(inLang)], { type: 'language' }).of(bcp47(lang)) ?? lang;
  } catch {
    return lang;
  }
}

/**
 * Links to `pathname` in every language; `only` limits them to the languages a page exists in (a story
 * written in one language), the others then lead to that language's `fallbackPath`.
 */
export function languageLinks(pathname: string, current: string, only?: readonly string[], fallbackPath = '/'): LanguageLink[] {
  const { path } = unlocalize(pathname);
  return siteLanguages().all.map((lang) => ({
    lang,
    tag: bcp47(lang),
    name: nativeName(lang),
    href: localize(!only || only.includes(lang) ? path : fallbackPath, lang),
    dir: directionOf(lang),
    current: lang === current,
  }));
}
