/**
 * The one door for interface text: `t('goal.title', { number: 1, short: 'No poverty' })`, in the page's
 * language. Templates use the ICU subset in format-message.ts (`{n, plural, one {# indicator} other {# indicators}}`).
 *
 * Where the strings and the language come from depends on where the code runs, so this module imports
 * neither: on the server, `i18n/server.ts` registers every language and the language of the page being
 * rendered; in the browser, `i18n/client.ts` registers the strings the page carries for its own language.
 * Shared code (chart descriptions, the explorer) calls `t` the same way in both.
 */
import type { UiKey } from './en.ts';
import { formatMessage, type MessageVars } from './format-message.ts';

export interface MessageSource {
  /** The template for `key` in `lang` (after any fallback), or undefined. */
  get(lang: string, key: UiKey): string | undefined;
  /** The language of the page being rendered. */
  language(): string;
}

const KEY = Symbol.for('sdg-portal.i18n');
const state = globalThis as unknown as Record<symbol, MessageSource | undefined>;

/** Registers where strings and the current language come from (server.ts, client.ts, or a test). */
export function useMessages(source: MessageSource): void {
  state[KEY] = source;
}

/** The language of the page being rendered ('en' before anything is registered). */
export function currentLanguage(): string {
  return state[KEY]?.language() ?? 'en';
}

export function t(key: UiKey, vars: MessageVars = {}, lang = currentLanguage()): string {
  const template = state[KEY]?.get(lang, key);
  if (template === undefined) throw new Error(`No interface string "${key}" for "${lang}": i18n/server.ts (or client.ts) is not loaded.`);
  return formatMessage(template, vars, lang);
}

export type { UiKey, MessageVars };
