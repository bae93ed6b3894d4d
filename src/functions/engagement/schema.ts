/**
 * What the engagement beacon may send (`POST /api/engagement`), one event per request, and how an event becomes a
 * counter: `(day, kind, key) += 1`. Nothing else is kept: no time of day, no address, no browser, no identifier.
 * The messages are what a developer sees in a 400 answer; tests pin them.
 */
import { z } from 'zod';
import { PagePathSchema } from '../schema.ts';

/** What the beacon reports. */
export const EVENT_KINDS = ['view', 'download', 'search', 'explorer', 'embed'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** How the interactive chart was used: opened on the chart or the table, or a selection downloaded. */
export const EXPLORER_VIEWS = ['chart', 'table', 'download'] as const;

/**
 * The kinds of counter stored. A search is counted under `search` when it found something and under
 * `search-empty` when it found nothing; `dropped` counts events refused (key: the reason).
 */
export const COUNTER_KINDS = ['view', 'download', 'search', 'search-empty', 'explorer', 'embed', 'dropped'] as const;
export type CounterKind = (typeof COUNTER_KINDS)[number];

/** Why an event was not counted (the key of a `dropped` counter). */
export const DROP_REASONS = ['rate-limit', 'invalid', 'storage'] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export const EVENT_LIMITS = {
  /** What the beacon may send of a search, before normalising. */
  rawQuery: 500,
  /** What is kept of a search, in characters (code points), after normalising. */
  query: 100,
  indicator: 40,
  origin: 200,
} as const;

export const EVENT_MESSAGES = {
  kind: `Kind must be one of: ${EVENT_KINDS.join(', ')}.`,
  query: `Query must be text of 1 to ${EVENT_LIMITS.rawQuery} characters.`,
  queryEmpty: 'Query has nothing left to count once spaces and control characters are removed.',
  found: 'Found must be yes or no.',
  indicator: 'Indicator must be an indicator id such as 1-2-1.',
  view: `View must be one of: ${EXPLORER_VIEWS.join(', ')}.`,
  origin: 'Origin must be the origin of a web page, such as https://news.example.org (no path).',
  unknownField: 'Unknown field.',
} as const;

/** `yes`/`no` as a form sends them, or a boolean or 1/0 as a script might. */
const FOUND = new Map<unknown, boolean>([
  ['yes', true], ['no', false], [true, true], [false, false], ['1', true], ['0', false], [1, true], [0, false], ['true', true], ['false', false],
]);

const Found = z.unknown().transform((value, ctx) => {
  const found = FOUND.get(value);
  if (found === undefined) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: EVENT_MESSAGES.found });
    return z.NEVER;
  }
  return found;
});

/** An http(s) origin and nothing more: `https://news.example.org`, `http://localhost:8080`. */
const Origin = z
  .string({ invalid_type_error: EVENT_MESSAGES.origin })
  .max(EVENT_LIMITS.origin, EVENT_MESSAGES.origin)
  .transform((value, ctx) => {
    const trimmed = value.trim().replace(/\/$/, '');
    try {
      const url = new URL(trimmed);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === trimmed.toLowerCase()) return url.origin;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: EVENT_MESSAGES.origin });
    return z.NEVER;
  });

/** The search words as typed; normalised into what is kept by `normaliseQuery`. */
const Query = z
  .string({ required_error: EVENT_MESSAGES.query, invalid_type_error: EVENT_MESSAGES.query })
  .min(1, EVENT_MESSAGES.query)
  .max(EVENT_LIMITS.rawQuery, EVENT_MESSAGES.query)
  .transform((value, ctx) => {
    const query = normaliseQuery(value);
    if (query === '') {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: EVENT_MESSAGES.queryEmpty });
      return z.NEVER;
    }
    return query;
  });

/** One event per kind; unknown fields are refused so a typo in a page's script is seen, not silently counted. */
const EVENT_SCHEMAS = {
  /** A page was shown: its path (`location.pathname`, never the query string). */
  view: z.object({ kind: z.literal('view'), path: PagePathSchema }).strict(EVENT_MESSAGES.unknownField),
  /** A file was downloaded: its path on the site (`/downloads/indicator_1-2-1.csv`). */
  download: z.object({ kind: z.literal('download'), path: PagePathSchema }).strict(EVENT_MESSAGES.unknownField),
  /** A search: the words (normalised before they are kept) and whether it found anything. */
  search: z.object({ kind: z.literal('search'), query: Query, found: Found }).strict(EVENT_MESSAGES.unknownField),
  /** The interactive chart: which indicator, which view. */
  explorer: z
    .object({
      kind: z.literal('explorer'),
      indicator: z
        .string({ required_error: EVENT_MESSAGES.indicator, invalid_type_error: EVENT_MESSAGES.indicator })
        .max(EVENT_LIMITS.indicator, EVENT_MESSAGES.indicator)
        .regex(/^[0-9a-z]+(?:-[0-9a-z]+)+$/i, EVENT_MESSAGES.indicator),
      view: z.enum(EXPLORER_VIEWS, { errorMap: () => ({ message: EVENT_MESSAGES.view }) }),
    })
    .strict(EVENT_MESSAGES.unknownField),
  /** An embedded chart was shown on another site: that site's origin only (or nothing when the browser hides it). */
  embed: z
    .object({ kind: z.literal('embed'), origin: z.preprocess((v) => (v === '' ? undefined : v), Origin.optional()) })
    .strict(EVENT_MESSAGES.unknownField),
} as const;

const KindSchema = z.enum(EVENT_KINDS, { errorMap: () => ({ message: EVENT_MESSAGES.kind }) });

export type EngagementEvent =
  | z.infer<(typeof EVENT_SCHEMAS)['view']>
  | z.infer<(typeof EVENT_SCHEMAS)['download']>
  | z.infer<(typeof EVENT_SCHEMAS)['search']>
  | z.infer<(typeof EVENT_SCHEMAS)['explorer']>
  | z.infer<(typeof EVENT_SCHEMAS)['embed']>;

/** Reads one event: the kind first (so a wrong kind is one clear message), then that kind's fields. */
export function parseEvent(record: Record<string, unknown>): z.SafeParseReturnType<unknown, EngagementEvent> {
  const kind = KindSchema.safeParse(Object.hasOwn(record, 'kind') ? record['kind'] : undefined);
  if (!kind.success) return { success: false, error: new z.ZodError(kind.error.issues.map((i) => ({ ...i, path: ['kind'] }))) };
  return EVENT_SCHEMAS[kind.data].safeParse(record) as z.SafeParseReturnType<unknown, EngagementEvent>;
}

/** The counter an event adds one to. */
export function counterOf(event: EngagementEvent): { kind: CounterKind; key: string } {
  switch (event.kind) {
    case 'view':
    case 'download':
      return { kind: event.kind, key: event.path };
    case 'search':
      return { kind: event.found ? 'search' : 'search-empty', key: event.query };
    case 'explorer':
      return { kind: 'explorer', key: `${event.indicator.toLowerCase()}:${event.view}` };
    case 'embed':
      return { kind: 'embed', key: event.origin ?? 'unknown' };
  }
}

/** Controls, format characters (zero-width, direction marks) and line or paragraph separators count as a space. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** Anything shaped like an email address. */
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/gu;
/** Nine digits or more, perhaps split by single spaces, dots or dashes: a phone, card or identity number, not a year
 * range ("2015-2020") or an indicator number ("8.5.1"). */
const LONG_NUMBER = /\d(?:[\s.\-]?\d){8,}/gu;

/**
 * What is kept of a search (it may contain personal data): Unicode-normalised (NFKC), lower case, invisible
 * characters and runs of spaces made one space, email addresses replaced by `[email]` and long numbers by
 * `[number]`, then cut to 100 characters (never inside a character).
 */
export function normaliseQuery(raw: string): string {
  const text = raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(INVISIBLE, ' ')
    .replace(EMAIL, '[email]')
    .replace(LONG_NUMBER, '[number]')
    .replace(/\s+/gu, ' ')
    .trim();
  // Lone surrogates cannot be stored (see schema.ts); they are dropped, as are the halves a cut would leave.
  const chars = [...text].filter((c) => !/^[\uD800-\uDFFF]$/.test(c));
  return chars.slice(0, EVENT_LIMITS.query).join('').trim();
}

/** The day an event is counted under: its arrival, in UTC (`2025-03-01`). */
export const dayOf = (date: Date): string => date.toISOString().slice(0, 10);
