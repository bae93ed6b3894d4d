import { en, type UiKey } from './en.ts';
import { formatMessage, type MessageVars } from './format-message.ts';

/** Languages with interface strings; add one by adding a file like en.ts with the same keys. */
const strings: Record<string, Partial<Record<UiKey, string>>> = { en };

/**
 * The one door for interface text: `t('goal.title', { number: 1, short: 'No poverty' })`. Templates use the
 * ICU subset in format-message.ts (`{n, plural, one {# indicator} other {# indicators}}`).
 */
export function t(key: UiKey, vars: MessageVars = {}, lang = 'en'): string {
  const template = strings[lang]?.[key] ?? en[key];
  return formatMessage(template, vars, lang);
}

export type { UiKey };
