/**
 * The engagement dashboard's numbers and the public monthly totals, from the store's totals. Pure and browser-safe
 * (no Node imports): the function computes them, the staff and public pages only show them, and tests call them.
 */
import type { DayTotal, KeyTotal, MonthTotal, PageFeedback } from '../store/engagement-types.ts';
import { COUNTER_KINDS, type CounterKind } from './schema.ts';

export type KindCounts = Record<CounterKind, number>;

export interface KeyCount {
  key: string;
  count: number;
}

export interface SearchCount {
  query: string;
  /** Every search for these words. */
  count: number;
  /** Those that found nothing. */
  empty: number;
}

export interface PageRow {
  page: string;
  views: number;
  /** Feedback answers about the page in the same period. */
  answers: number;
  /** Share of "yes" among them, 0–1; null without answers. */
  usefulRate: number | null;
}

export interface EngagementSummary {
  from: string;
  to: string;
  totals: KindCounts;
  /** Every day of the range, in order, zeros included (for the trend charts). */
  days: ({ day: string } & KindCounts)[];
  pages: PageRow[];
  downloads: KeyCount[];
  searches: SearchCount[];
  /** Searches that found nothing: what readers want and do not get. */
  emptySearches: KeyCount[];
  explorer: { indicator: string; view: string; count: number }[];
  embeds: KeyCount[];
  dropped: KeyCount[];
}

/** The kinds the public page shows: never search words, never drops. */
export const PUBLIC_KINDS = ['view', 'download', 'search', 'explorer', 'embed'] as const;
export type PublicKind = (typeof PUBLIC_KINDS)[number];

export interface PublicMonth {
  /** `2025-03` */
  month: string;
  /** False for the month still running. */
  complete: boolean;
  views: number;
  downloads: number;
  /** All searches, those that found nothing included. */
  searches: number;
  explorer: number;
  embeds: number;
}

export const zeroCounts = (): KindCounts => Object.fromEntries(COUNTER_KINDS.map((k) => [k, 0])) as KindCounts;

/** Every day from `from` to `to`, inclusive (`YYYY-MM-DD`, UTC). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); t <= end; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

const largestFirst = <T extends { count: number }>(key: (row: T) => string) => (a: T, b: T) =>
  b.count - a.count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

export function summarizeEngagement(input: {
  from: string;
  to: string;
  byKey: readonly KeyTotal[];
  byDay: readonly DayTotal[];
  feedback: readonly PageFeedback[];
  top: number;
}): EngagementSummary {
  const { from, to, top } = input;
  const totals = zeroCounts();
  const perDay = new Map(daysBetween(from, to).map((day) => [day, { day, ...zeroCounts() }]));
  for (const row of input.byDay) {
    totals[row.kind] += row.count;
    const day = perDay.get(row.day);
    if (day) day[row.kind] += row.count;
  }
  const of = (kind: CounterKind) => input.byKey.filter((r) => r.kind === kind).map(({ key, count }) => ({ key, count }));

  const views = new Map(of('view').map((r) => [r.key, r.count]));
  const feedback = new Map(input.feedback.map((f) => [f.page, f]));
  const pages = [...new Set([...views.keys(), ...feedback.keys()])]
    .map((page): PageRow => {
      const f = feedback.get(page);
      return { page, views: views.get(page) ?? 0, answers: f?.answers ?? 0, usefulRate: f && f.answers ? f.useful / f.answers : null };
    })
    .sort((a, b) => b.views - a.views || b.answers - a.answers || (a.page < b.page ? -1 : 1))
    .slice(0, top);

  const searches = new Map<string, SearchCount>();
  for (const kind of ['search', 'search-empty'] as const) {
    for (const { key, count } of of(kind)) {
      const row = searches.get(key) ?? { query: key, count: 0, empty: 0 };
      row.count += count;
      if (kind === 'search-empty') row.empty += count;
      searches.set(key, row);
    }
  }
  const topOf = (kind: CounterKind) => of(kind).sort(largestFirst((r) => r.key)).slice(0, top);
  return {
    from,
    to,
    totals,
    days: [...perDay.values()],
    pages,
    downloads: topOf('download'),
    searches: [...searches.values()].sort(largestFirst((r) => r.query)).slice(0, top),
    emptySearches: topOf('search-empty'),
    explorer: topOf('explorer').map(({ key, count }) => {
      const at = key.lastIndexOf(':');
      return { indicator: at < 0 ? key : key.slice(0, at), view: at < 0 ? '' : key.slice(at + 1), count };
    }),
    embeds: topOf('embed'),
    dropped: topOf('dropped'),
  };
}

/** Monthly totals for the public page: whole months, the running one marked, no search words, no drops. */
export function publicMonths(rows: readonly MonthTotal[], today: string): PublicMonth[] {
  const months = new Map<string, PublicMonth>();
  const running = today.slice(0, 7);
  for (const { month, kind, count } of rows) {
    if (month > running || kind === 'dropped') continue;
    const m = months.get(month) ?? { month, complete: month < running, views: 0, downloads: 0, searches: 0, explorer: 0, embeds: 0 };
    if (kind === 'view') m.views += count;
    else if (kind === 'download') m.downloads += count;
    else if (kind === 'search' || kind === 'search-empty') m.searches += count;
    else if (kind === 'explorer') m.explorer += count;
    else if (kind === 'embed') m.embeds += count;
    months.set(month, m);
  }
  return [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}
