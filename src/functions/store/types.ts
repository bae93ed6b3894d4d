/**
 * The storage boundary of the feedback function. The handler only sees this interface, so
 * tests pass an in-memory fake and production passes SQLite or PostgreSQL.
 */
import type { FeedbackPatch, FeedbackStatus, UserGroup } from '../schema.ts';
import type { EngagementStore } from './engagement-types.ts';

/** One stored answer, as the admin API returns it. Dates are ISO 8601 strings (UTC). */
export interface FeedbackItem {
  id: string;
  createdAt: string;
  page: string;
  useful: 'yes' | 'no';
  doing: string | null;
  problem: string | null;
  group: UserGroup | null;
  /** Present only when the reader ticked the consent box; removed after retention. */
  email: string | null;
  status: FeedbackStatus;
  tags: string[];
  response: string | null;
  /** Staff's own short account of what the reader asked for: what "You said, we did" shows instead of their words. */
  publicSummary: string | null;
  public: boolean;
  updatedAt: string;
  /** When a response was first written (for "median time to response"). */
  respondedAt: string | null;
  /** When the item was closed; retention counts from here. */
  closedAt: string | null;
}

export type NewFeedback = Pick<FeedbackItem, 'id' | 'createdAt' | 'page' | 'useful' | 'doing' | 'problem' | 'group' | 'email'>;

export interface FeedbackFilter {
  status?: FeedbackStatus | undefined;
  page?: string | undefined;
  /** Part of the page path, any case: `/indicators/8-5` matches `/indicators/8-5-2/` and `/fr/indicators/8-5-1/`. */
  pathContains?: string | undefined;
  group?: UserGroup | undefined;
  /** Inclusive lower bound on createdAt (ISO). */
  from?: string | undefined;
  /** Exclusive upper bound on createdAt (ISO). */
  toExclusive?: string | undefined;
  limit: number;
}

/** What "You said, we did" shows: staff's summary and response, never the reader's words, an email or an id. */
export interface PublicFeedback {
  page: string;
  summary: string;
  response: string;
  date: string;
}

export interface FeedbackStore {
  /** Stores one item; resolves only once it is durably committed. */
  insert(item: NewFeedback): Promise<void>;
  /** Newest first. */
  list(filter: FeedbackFilter): Promise<FeedbackItem[]>;
  get(id: string): Promise<FeedbackItem | null>;
  /** Applies a staff change; null when there is no such item. */
  update(id: string, patch: FeedbackPatch, now: string): Promise<FeedbackItem | null>;
  /** Items marked public that have both a public summary and a response, newest response first. */
  listPublic(limit: number): Promise<PublicFeedback[]>;
  /** Removes email addresses of items closed before `closedBefore`; returns how many. */
  purgeEmails(closedBefore: string): Promise<number>;
  /** The engagement counters (docs/engagement.md), in the same database. */
  engagement: EngagementStore;
  close(): Promise<void>;
}
