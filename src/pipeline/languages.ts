/**
 * Which language a missing string is looked up in next. The portal configuration may set a chain per
 * language (`languages.fallback: { kk: [ru, en] }`); where it does not, these defaults follow the languages
 * readers of each are most likely to read as well. English ends every chain.
 */
const DEFAULT_FALLBACKS: Record<string, string[]> = {
  kk: ['ru'], ky: ['ru'], tg: ['ru'], tk: ['ru'], uz: ['ru'], be: ['ru'], hy: ['ru'],
  ca: ['es'], gl: ['es'], eu: ['es'],
  cnr: ['sr'], bs: ['sr', 'hr'],
  nb_NO: ['nn', 'da'], nn: ['nb_NO'],
};

export function fallbackChain(lang: string, configured: Record<string, string[]> = {}): string[] {
  return [...new Set([lang, ...(configured[lang] ?? DEFAULT_FALLBACKS[lang] ?? []), 'en'])];
}

/** One language's translations, missing keys filled from the chain (earlier languages win). */
export function translationsFor(all: ReadonlyMap<string, ReadonlyMap<string, string>>, chain: readonly string[]): Map<string, string> {
  const merged = new Map<string, string>();
  for (const lang of [...chain].reverse()) {
    for (const [k, v] of all.get(lang) ?? []) merged.set(k, v);
  }
  return merged;
}

/**
 * Where content (titles, metadata, labels) is looked up for a page in `lang`: the language itself, its
 * fallbacks, then the site's default language, whose text is shown with a "not yet translated" note.
 */
export function contentChain(lang: string, defaultLanguage: string, configured: Record<string, string[]> = {}): string[] {
  const chain = fallbackChain(lang, configured).filter((l) => l !== 'en');
  return [...new Set([...chain, defaultLanguage, 'en'])];
}

/** Right-to-left scripts: Arabic, Hebrew, Persian, Urdu and others written that way. */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);
export const directionOf = (lang: string): 'rtl' | 'ltr' => (RTL.has(lang.split(/[-_]/)[0]!.toLowerCase()) ? 'rtl' : 'ltr');

/** BCP 47 for the browser and Intl: Open SDG writes `nb_NO`, the web writes `nb-NO`. */
export const bcp47 = (lang: string) => lang.replace(/_/g, '-');
