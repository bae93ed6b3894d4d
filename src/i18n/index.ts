import { en, type UiKey } from './en.ts';

/** Languages with interface strings; add one by adding a file like en.ts with the same keys. */
const strings: Record<string, Record<UiKey, string>> = { en };

/** The one door for interface text: `t('goal.title', { number: 1, short: 'No poverty' })`. */
export function t(key: UiKey, vars: Record<string, string | number> = {}, lang = 'en'): string {
  const template = (strings[lang] ?? en)[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export type { UiKey };
