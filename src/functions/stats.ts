/**
 * The staff dashboard's numbers, from the items the admin API returns. Pure and browser-safe
 * (no Node imports): the staff page bundles it, and the unit tests call it directly.
 */
import type { FeedbackItem } from './store/types.ts';

export interface CountRow {
  key: string;
  count: number;
  /** Share of "yes" answers among this row's items, 0–1. */
  usefulRate: number;
}

export interface FeedbackSummary {
  total: number;
  /** Share of "yes" answers, 0–1; null when there are no items. */
  usefulRate: number | null;
  byPage: CountRow[];
  byGroup: CountRow[];
  byStatus: Record<string, number>;
  /** Median hours from submission to the first response, over answered items; null when none. */
  medianHoursToResponse: number | null;
  answered: number;
}

type SummaryInput = Pick<FeedbackItem, 'page' | 'group' | 'useful' | 'status' | 'createdAt' | 'respondedAt'>;

function countBy(items: readonly SummaryInput[], keyOf: (item: SummaryInput) => string): CountRow[] {
  const rows = new Map<string, { count: number; yes: number }>();
  for (const item of items) {
    const row = rows.get(keyOf(item)) ?? { count: 0, yes: 0 };
    row.count += 1;
    if (item.useful === 'yes') row.yes += 1;
    rows.set(keyOf(item), row);
  }
  return [...rows]
    .map(([key, r]) => ({ key, count: r.count, usefulRate: r.yes / r.count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarizeFeedback(items: readonly SummaryInput[]): FeedbackSummary {
  const yes = items.filter((i) => i.useful === 'yes').length;
  const byStatus: Record<string, number> = {};
  for (const item of items) byStatus[item.status] = (byStatus[item.status] ?? 0) + 1;
  const hours = items
    .filter((i) => i.respondedAt !== null)
    .map((i) => (Date.parse(i.respondedAt!) - Date.parse(i.createdAt)) / 3_600_000);
  return {
    total: items.length,
    usefulRate: items.length ? yes / items.length : null,
    byPage: countBy(items, (i) => i.page),
    byGroup: countBy(items, (i) => i.group ?? 'not given'),
    byStatus,
    medianHoursToResponse: median(hours),
    answered: hours.length,
  };
}
