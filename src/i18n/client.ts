/**
 * Interface strings in the browser: only those the page carries for its own language (a JSON script
 * `[data-ui-strings]`, written by the server with `clientStrings()`), so the explorer never downloads every language.
 */
import type { UiKey } from './en.ts';
import { useMessages } from './index.ts';

let strings: Partial<Record<UiKey, string>> | undefined;
const read = () => (strings ??= JSON.parse(document.querySelector('script[data-ui-strings]')?.textContent || '{}') as Partial<Record<UiKey, string>>);

useMessages({
  get: (_lang, key) => read()[key],
  language: () => document.documentElement.lang || 'en',
});
