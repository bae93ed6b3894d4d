/**
 * Numbers for people: a fixed number of decimals (from metadata, else from the data), thousands
 * separators, and the unit in words placed where English puts it ("15.1%", "£9.75", "12 per 100,000 population").
 */
import { formatNumber as formatLocal, intlLocale } from '../i18n/format.ts';
import { currentLanguage } from '../i18n/index.ts';

/** Decimals stated by the metadata (`precision`, `data_decimal_places`, `decimal_places`), if any. */
export function decimalsFromMeta(meta: Record<string, unknown>): number | undefined {
  for (const key of ['precision', 'data_decimal_places', 'decimal_places']) {
    // Open SDG's `precision` is a list of { series?, unit?, decimals }: the entry for every series counts here.
    const list = Array.isArray(meta[key]) ? (meta[key] as Record<string, unknown>[]) : undefined;
    const raw = list ? list.find((e) => e && e['series'] === undefined && e['unit'] === undefined)?.['decimals'] : meta[key];
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
    if (Number.isInteger(n) && n >= 0 && n <= 6) return n;
  }
  return undefined;
}

/** Decimals a value is written with (CSV values are read as written, so this is the published precision). */
function decimalsOfValue(v: number): number {
  const text = String(Math.abs(v));
  const dot = text.indexOf('.');
  return dot >= 0 && !text.includes('e') ? text.length - dot - 1 : 0;
}

/**
 * The precision most values are published with (ties go to more decimals), at most 3 — and fewer for
 * big numbers, where decimals only add noise for a reader: at most 1 from 100, none from 10,000.
 */
export function inferDecimals(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return 0;
  const counts = new Map<number, number>();
  for (const v of finite) counts.set(decimalsOfValue(v), (counts.get(decimalsOfValue(v)) ?? 0) + 1);
  const mode = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  const largest = Math.max(...finite.map((v) => Math.abs(v)));
  const cap = largest >= 10_000 ? 0 : largest >= 100 ? 1 : 3;
  return Math.min(mode, cap);
}

export function formatNumber(value: number, decimals: number): string {
  return formatLocal(value, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

const MULTIPLIERS: Record<string, string> = { thousands: 'thousand', thousand: 'thousand', millions: 'million', million: 'million', billions: 'billion' };
/** "Tonnes" → "tonnes", but "GDP" and "MRSA" stay as written. */
export const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/**
 * A formatted number with its unit in another language than English: a percentage as that language writes
 * it ("15,1 %"), a count alone, any other unit (as the data name it) after the number.
 */
function withUnitElsewhere(number: string, unit: string, lang: string): string {
  if (!unit || /^(numbers?|counts?|units?|individuals)$/i.test(unit)) return number;
  if (/^(?:percentage|%|percent|процент|pourcentage|porcentaje)/i.test(unit) || /\(%\)$/.test(unit)) {
    // Intl places the sign and the space the language uses; the digits are already formatted.
    const sample = new Intl.NumberFormat(intlLocale(lang), { style: 'percent' }).format(0.5);
    return sample.replace(/[\d.,\s\u00a0\u202f٫٬]*5[\d.,]*0?/, number).replace(/\u200e/g, '');
  }
  return `${number} ${unit}`;
}

/** A formatted number with its unit (and unit multiplier) in words. */
export function withUnit(number: string, unit?: string, multiplier?: string): string {
  const lang = currentLanguage();
  if (!lang.startsWith('en')) return withUnitElsewhere(number, unit?.trim() ?? '', lang);
  const u = unit?.trim() ?? '';
  // "GBP (£ thousands)" with a multiplier "Thousands" says thousands once, not twice.
  const scale = multiplier && !/thousand|million|billion|000s/i.test(u) ? MULTIPLIERS[multiplier.trim().toLowerCase()] : undefined;
  const n = scale ? `${number} ${scale}` : number;
  if (!u || /^(numbers?|counts?|units?|individuals)$/i.test(u)) return n;
  const percent = /^(?:percentage|%)\s*(.*?)\s*(?:\(%\))?$/i.exec(u);
  if (percent) return percent[1] ? `${n}% ${lowerFirst(percent[1])}` : `${n}%`;
  const pounds = /^GBP\s*(?:\(\s*£?\s*(thousands|millions)?\s*\))?\s*(per\s.+)?$/i.exec(u);
  if (pounds) return `£${n}${pounds[1] ? ` ${MULTIPLIERS[pounds[1].toLowerCase()]}` : ''}${pounds[2] ? ` ${pounds[2]}` : ''}`;
  const rate = /^(?:rate|number)\s+(per\s.+)$/i.exec(u);
  if (rate) return `${n} ${rate[1]}`;
  const numberOf = /^number of\s+(.+)$/i.exec(u);
  if (numberOf) return `${n} ${numberOf[1]}`;
  if (/[()]|index|ratio|score|coefficient|count|rate of growth/i.test(u)) return `${n} (${lowerFirst(u)})`;
  return `${n} ${lowerFirst(u)}`;
}
