import { formatDate as formatLocalDate } from '../i18n/format.ts';

/** Dates as people read them on the site, in the page's language: 16 November 2026 (UTC, so builds agree everywhere). */
export function formatDate(date: Date): string {
  return formatLocalDate(date);
}

/** `2026-11-16`, for datetime attributes and feeds. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
