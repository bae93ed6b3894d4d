/** Dates as people read them on the site: 16 November 2026 (UTC, so builds agree everywhere). */
export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** `2026-11-16`, for datetime attributes and feeds. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
