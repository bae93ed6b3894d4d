/**
 * The storage boundary of the engagement counters: one row per day, kind and key, holding a count. Days are
 * `YYYY-MM-DD` (UTC) and compared as text, which orders like time for four-digit years.
 */
import type { CounterKind } from '../engagement/schema.ts';

/** One counter: what was counted, on which day, how often. Every field the database keeps about reader activity. */
export interface CounterRow {
  /** The UTC day the events arrived, `2025-03-01`. */
  day: string;
  kind: CounterKind;
  /** The page or file path, the normalised search words, `<indicator>:<view>`, the embedding site's origin, or a drop reason. */
  key: string;
  count: number;
}

export interface KeyTotal {
  kind: CounterKind;
  key: string;
  count: number;
}

export interface DayTotal {
  day: string;
  kind: CounterKind;
  count: number;
}

export interface MonthTotal {
  /** `2025-03` */
  month: string;
  kind: CounterKind;
  count: number;
}

/** Feedback answers per page over a period, for the dashboard's "views and feedback" table. */
export interface PageFeedback {
  page: string;
  answers: number;
  /** How many answered "yes" to "Is this page useful?". */
  useful: number;
}

/** Inclusive range of days. */
export interface DayRange {
  from: string;
  to: string;
}

/** What search counters older than the retention period are folded into (a normalised query is never upper case). */
export const FOLDED_SEARCH_KEY = '(REMOVED)';

export interface EngagementStore {
  /** Adds each row's count to its counter (created at 0) in one transaction; rows are unique by day, kind and key. */
  add(rows: readonly CounterRow[]): Promise<void>;
  /** Totals per kind and key over the range, largest first, at most `limit` per kind. */
  totalsByKey(range: DayRange, limit: number): Promise<KeyTotal[]>;
  /** Totals per day and kind over the range. */
  totalsByDay(range: DayRange): Promise<DayTotal[]>;
  /** Every counter in the range, by day, kind, then largest first; at most `limit` rows. */
  rows(range: DayRange, limit: number): Promise<CounterRow[]>;
  /** Totals per month and kind, every month on record. */
  monthly(): Promise<MonthTotal[]>;
  /** Feedback answers per page received in the range (whole UTC days). */
  feedbackByPage(range: DayRange): Promise<PageFeedback[]>;
  /**
   * Search words are kept for a limited time: counters of searches on days before `before` are folded into one
   * counter per day and kind under FOLDED_SEARCH_KEY, so totals stay right and the words are gone. Returns how many
   * counters were removed.
   */
  foldSearches(before: string): Promise<number>;
}
