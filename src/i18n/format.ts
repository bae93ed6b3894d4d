/**
 * Numbers, dates and lists for people, in the language of the page (through Intl, never a hard-coded locale).
 * English is written the British way (16 November 2026), as the bundled data's publisher writes it.
 * Machine-readable output (CSV, JSON, SDMX) never goes through here: numbers stay plain there.
 */
import { bcp47 } from '../pipeline/languages.ts';
import { currentLanguage } from './index.ts';

export const intlLocale = (lang = currentLanguage()) => (lang === 'en' ? 'en-GB' : bcp47(lang));

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

export function formatNumber(value: number, opts: Intl.NumberFormatOptions = {}, lang?: string): string {
  const locale = intlLocale(lang);
  return cached(`n|${locale}|${JSON.stringify(opts)}`, () => new Intl.NumberFormat(locale, opts)).format(value);
}

export function formatDate(date: Date, opts: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }, lang?: string): string {
  const locale = intlLocale(lang);
  const options = { timeZone: 'UTC', ...opts };
  return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options)).format(date);
}

/** Separators of a plain list (no "and"), where Intl's own "unit" lists drop them (Russian "a b c"). */
const SEPARATORS: Record<string, string> = { zh: '、', ja: '、', ar: '، ', fa: '، ', ur: '، ' };

/** "a, b and c" / « a, b et c » / «a وb وc»; with `unit`, a plain list: "a, b, c" / «a، b، c» / "a、b、c". */
export function formatList(items: readonly string[], type: 'conjunction' | 'unit' = 'conjunction', lang?: string): string {
  const locale = intlLocale(lang);
  if (type === 'unit') return items.join(SEPARATORS[locale.split('-')[0]!] ?? ', ');
  return cached(`l|${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' })).format(items);
}
