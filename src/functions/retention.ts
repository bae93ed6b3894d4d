/**
 * Email retention: an address is kept only to reply, so it is deleted once the item has been
 * closed for longer than FEEDBACK_EMAIL_RETENTION_DAYS. Runs at start-up; call it on a schedule too.
 */
import type { FeedbackStore } from './store/types.ts';

export const DEFAULT_EMAIL_RETENTION_DAYS = 30;

export interface RetentionOptions {
  store: FeedbackStore;
  retentionDays: number;
  now?: (() => Date) | undefined;
}

/** Removes expired email addresses; resolves to how many were removed. */
export function purgeExpiredEmails({ store, retentionDays, now = () => new Date() }: RetentionOptions): Promise<number> {
  const cutoff = new Date(now().getTime() - retentionDays * 86_400_000);
  return store.purgeEmails(cutoff.toISOString());
}

/** Search words (which may hold personal data) are kept this many days, then folded into one total per day. */
export const DEFAULT_SEARCH_RETENTION_DAYS = 90;

/**
 * Folds the search counters of days more than `retentionDays` ago into one total per day (see
 * EngagementStore.foldSearches); resolves to how many counters of search words were removed.
 */
export function foldOldSearches({ store, retentionDays, now = () => new Date() }: RetentionOptions): Promise<number> {
  const before = new Date(now().getTime() - retentionDays * 86_400_000).toISOString().slice(0, 10);
  return store.engagement.foldSearches(before);
}
