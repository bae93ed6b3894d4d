/** Release dates as metadata write them: `11/03/2020`, `28 September 2023`, `March 2024`, `TBC`, `Autumn 2023`. */
import { formatDate } from '../i18n/format.ts';

export interface ReleaseDate {
  /** The text as written (trimmed). */
  text: string;
  /** The day (UTC midnight) where the text gives one; the first of the month for month precision. */
  date?: Date;
  precision?: 'day' | 'month';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthIndex = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)) && name.length >= 3);

function utc(y: number, m: number, d: number): Date | undefined {
  const date = new Date(Date.UTC(y, m, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m && date.getUTCDate() === d ? date : undefined;
}

/** Parses what can be parsed; anything else keeps only its text, to be shown as written. */
export function parseReleaseDate(raw: string): ReleaseDate {
  const text = raw.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(text);
  if (m) {
    const date = utc(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
    return date ? { text, date, precision: 'day' } : { text };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (m) {
    const date = utc(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return date ? { text, date, precision: 'day' } : { text };
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})\b/.exec(text);
  if (m && monthIndex(m[2]!) >= 0) {
    const date = utc(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
    return date ? { text, date, precision: 'day' } : { text };
  }
  m = /^([A-Za-z]+)\s+(\d{4})\b(?!\s*(?:to|-|–))/.exec(text);
  if (m && monthIndex(m[1]!) >= 0) return { text, date: utc(Number(m[2]), monthIndex(m[1]!), 1)!, precision: 'month' };
  return { text };
}

/** Whether a release is on or after `today` (a month-precision date counts until the month ends). */
export function isUpcoming(release: ReleaseDate, today: Date): boolean {
  if (!release.date) return false;
  const end = release.precision === 'month'
    ? new Date(Date.UTC(release.date.getUTCFullYear(), release.date.getUTCMonth() + 1, 0))
    : release.date;
  return end.getTime() >= Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
}

/** `16 May 2023`, or `March 2024` for month precision, or the text as written. */
export function showRelease(release: ReleaseDate): string {
  if (!release.date) return release.text;
  const opts: Intl.DateTimeFormatOptions = release.precision === 'month'
    ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  const shown = formatDate(release.date, opts);
  const rest = release.text.replace(/^[^(]*/, '').trim();
  return rest ? `${shown} ${rest}` : shown;
}
