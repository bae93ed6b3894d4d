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
