/**
 * The citizen page's headline table shows the latest periods only, so an indicator with hundreds of
 * monthly values stays a light page; the data view holds every row.
 */
import { compareYears } from '../pipeline/years.ts';

/** How many of the latest periods (years, months, ...) the headline table shows. */
export const RECENT_PERIODS = 10;

export function recentRows<T extends { year: string }>(rows: readonly T[], periods = RECENT_PERIODS) {
  const years = [...new Set(rows.map((r) => r.year))].sort(compareYears);
  const kept = new Set(years.slice(-periods));
  return {
    rows: rows.filter((r) => kept.has(r.year)),
    shownPeriods: kept.size,
    totalPeriods: years.length,
  };
}
