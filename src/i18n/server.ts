/**
 * Interface strings on the server: every language in the catalog, each missing string looked up along the
 * language's fallback chain (kk → ru → en by default; the portal configuration may set others), and the
 * language of the page being rendered held per request (AsyncLocalStorage), so concurrent renders never mix.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { CATALOG } from './catalog.ts';
import type { UiKey } from './en.ts';
import { useMessages } from './index.ts';
import { fallbackChain } from '../pipeline/languages.ts';

interface LanguageState {
  als: AsyncLocalStorage<{ lang: string }>;
  defaultLanguage: string;
  /** Every language the site is published in, the default first. */
  languages: string[];
  fallback: Record<string, string[]>;
}
const KEY = Symbol.for('sdg-portal.i18n-server');
const store = globalThis as unknown as Record<symbol, LanguageState | undefined>;
const state = (store[KEY] ??= { als: new AsyncLocalStorage(), defaultLanguage: 'en', languages: ['en'], fallback: {} });

const catalog = CATALOG as Record<string, Partial<Record<UiKey, string>>>;

useMessages({
  get(lang, key) {
    for (const l of fallbackChain(lang, state.fallback)) {
      const template = catalog[l]?.[key];
      if (template !== undefined) return template;
    }
    return undefined;
  },
  language: () => state.als.getStore()?.lang ?? state.defaultLanguage,
});

/** The site's languages (the default first) and the configured fallback chains (repository and portal configuration). */
export function configureLanguages(languages: readonly string[], fallback: Record<string, string[]> = {}): void {
  state.defaultLanguage = languages[0] ?? 'en';
  state.languages = [...languages];
  state.fallback = fallback;
}

/** The languages the site is published in (English alone until a site is loaded). */
export function publishedLanguages(): { default: string; all: string[] } {
  return { default: state.defaultLanguage, all: state.languages };
}

/** Runs `fn` (and everything it awaits) as the rendering of a page in `lang`. */
export function withLanguage<T>(lang: string, fn: () => T): T {
  return state.als.run({ lang }, fn);
}

/** Keys the browser's explorer uses (chart descriptions, controls, its table): the page carries them in its language. */
const CLIENT_KEY = /^(chart|charts)\.|^indicator\.(observationStatus|unit|value|year)$/;

/** The interface strings the browser needs, in the language of the page being rendered; `keys` picks others than
 * the explorer's (the engagement pages pass theirs). */
export function clientStrings(lang = state.als.getStore()?.lang ?? state.defaultLanguage, pattern: RegExp = CLIENT_KEY): Partial<Record<UiKey, string>> {
  const keys = (Object.keys(CATALOG.en) as UiKey[]).filter((k) => pattern.test(k));
  const source = { get: (l: string, k: UiKey) => fallbackChain(l, state.fallback).map((x) => catalog[x]?.[k]).find((v) => v !== undefined) };
  return Object.fromEntries(keys.map((k) => [k, source.get(lang, k)!]));
}

/** How much of the interface a language has of its own, and where the rest comes from. */
export function interfaceCoverage(lang: string): { own: number; total: number; chain: string[] } {
  const keys = Object.keys(CATALOG.en) as UiKey[];
  return { own: keys.filter((k) => catalog[lang]?.[k] !== undefined).length, total: keys.length, chain: fallbackChain(lang, state.fallback) };
}
