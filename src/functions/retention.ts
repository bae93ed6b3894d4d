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
