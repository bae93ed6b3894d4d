/**
 * The engagement routes of the feedback function (docs/engagement.md):
 *
 *   POST /api/engagement          one event from the beacon (form or JSON)       → 204 | 400 | 413 | 415 | 429
 *   GET  /api/engagement          staff: the dashboard's numbers, ?format=csv     → summary | CSV of counters
 *   GET  /api/engagement/public   monthly totals for "How the portal is used"     → {months} | ?format=csv
 *
 * An event adds one to a counter (day, kind, key) and is then forgotten. The client is known to the rate limit
 * only, by a salted hash held in memory for a minute.
 */
import { z } from 'zod';
import { checkAdmin } from '../auth.ts';
import { ADMIN_MESSAGES } from '../admin.ts';
import { bodyKind, readBody } from '../body.ts';
import { zodErrorToFields } from '../error-map.ts';
import { clientKey, createRateLimiter, type RateLimitOptions } from '../rate-limit.ts';
import { json } from '../responses.ts';
import { MESSAGES } from '../schema.ts';
import type { FeedbackStore } from '../store/types.ts';
import { writeCsv } from '../../pipeline/write-csv.ts';
import { createCounterBuffer, type CounterBuffer } from './counter-buffer.ts';
import { counterOf, dayOf, parseEvent, type DropReason } from './schema.ts';
import { publicMonths, summarizeEngagement } from './stats.ts';

export const ENGAGEMENT_API = '/api/engagement';
/** One event is a few hundred bytes; a long search is at most 500 characters (4.5 KB form-encoded). */
export const EVENT_MAX_BYTES = 6 * 1024;
/** A reader moving fast, or an office or school behind one address, stays far below this. */
export const DEFAULT_EVENT_RATE_LIMIT: RateLimitOptions = { max: 240, windowMs: 60_000 };
/** The most days one staff request covers (ten years), and rows one CSV holds. */
const MAX_DAYS = 3660;
const MAX_CSV_ROWS = 200_000;
const DAY_MS = 86_400_000;

export const ENGAGEMENT_MESSAGES = {
  contentType: 'Send the event as application/x-www-form-urlencoded or application/json.',
  notObject: 'Send one event: an object with at least the field kind.',
  rateLimited: 'Too many events from your connection; they are not counted. Please wait a minute.',
  day: 'Use a date like 2025-01-31.',
  range: `A period covers at most ${MAX_DAYS} days.`,
  top: 'Top must be a whole number from 1 to 500.',
  notFound: 'No such engagement endpoint.',
  method: 'This method is not allowed here.',
  server: 'Something went wrong on our side; the event was not counted.',
} as const;

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, ENGAGEMENT_MESSAGES.day)
  .refine((s) => {
    const time = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(time) && Number(s.slice(0, 4)) >= 1000 && new Date(time).toISOString().slice(0, 10) === s;
  }, ENGAGEMENT_MESSAGES.day);

/** `GET /api/engagement?from=2025-01-01&to=2025-01-31&top=20&format=csv`; both days inclusive (UTC). */
export const EngagementQuerySchema = z
  .object({
    from: Day.optional(),
    to: Day.optional(),
    top: z.coerce.number({ invalid_type_error: ENGAGEMENT_MESSAGES.top }).int(ENGAGEMENT_MESSAGES.top).min(1, ENGAGEMENT_MESSAGES.top).max(500, ENGAGEMENT_MESSAGES.top).default(20),
    format: z.enum(['json', 'csv'], { errorMap: () => ({ message: MESSAGES.format }) }).default('json'),
  })
  .strict(MESSAGES.unknownField);

const PublicQuerySchema = z
  .object({ format: z.enum(['json', 'csv'], { errorMap: () => ({ message: MESSAGES.format }) }).default('json') })
  .strict(MESSAGES.unknownField);

export interface EngagementOptions {
  store: FeedbackStore;
  adminToken: string | undefined;
  now: () => Date;
  salt: string;
  clientIp: (request: Request) => string | undefined;
  rateLimit?: RateLimitOptions | undefined;
  logError: (error: unknown) => void;
}

export interface EngagementRoutes {
  route(request: Request, path: string, method: string): Promise<Response>;
  /** Resolves once every counted event is written (tests, shutdown). */
  drain(): Promise<void>;
}

const noContent = () => new Response(null, { status: 204, headers: { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' } });

const csvResponse = (text: string, filename: string, headers: Record<string, string> = {}) =>
  new Response(text, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...headers,
    },
  });

/** Query parameters as a null-prototype record, the first of a repeated name kept. */
function params(request: Request): Record<string, string> {
  const record: Record<string, string> = Object.create(null);
  for (const [key, value] of new URL(request.url).searchParams) if (!(key in record)) record[key] = value;
  return record;
}

/** The browser asked not to be tracked (Do Not Track, Global Privacy Control): nothing is counted. */
export const declinesTracking = (request: Request) => request.headers.get('dnt') === '1' || request.headers.get('sec-gpc') === '1';

export function createEngagementRoutes(options: EngagementOptions): EngagementRoutes {
  const { store, now, logError } = options;
  const limiter = createRateLimiter(options.rateLimit ?? DEFAULT_EVENT_RATE_LIMIT);
  const buffer: CounterBuffer = createCounterBuffer((rows) => store.engagement.add(rows), { day: () => dayOf(now()), logError });
  const drop = (reason: DropReason) => buffer.note(dayOf(now()), 'dropped', reason);

  async function receive(request: Request): Promise<Response> {
    if (declinesTracking(request)) return noContent();
    const decision = limiter.hit(clientKey(options.clientIp(request) ?? 'unknown', options.salt), now().getTime());
    if (!decision.ok) {
      drop('rate-limit');
      return json({ errors: { body: ENGAGEMENT_MESSAGES.rateLimited } }, 429, { 'retry-after': String(decision.retryAfterSeconds) });
    }
    const kind = bodyKind(request);
    if (kind === undefined) {
      drop('invalid');
      return json({ errors: { body: ENGAGEMENT_MESSAGES.contentType } }, 415);
    }
    const body = await readBody(request, kind, EVENT_MAX_BYTES);
    if (!body.ok) {
      drop('invalid');
      return json({ errors: { body: body.message } }, body.status);
    }
    if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) {
      drop('invalid');
      return json({ errors: { body: ENGAGEMENT_MESSAGES.notObject } }, 400);
    }
    const parsed = parseEvent(body.value as Record<string, unknown>);
    if (!parsed.success) {
      drop('invalid');
      return json({ errors: zodErrorToFields(parsed.error) }, 400);
    }
    const counter = counterOf(parsed.data);
    try {
      await buffer.add(dayOf(now()), counter.kind, counter.key);
    } catch {
      return json({ errors: { server: ENGAGEMENT_MESSAGES.server } }, 500);
    }
    return noContent();
  }

  async function staff(request: Request): Promise<Response> {
    const auth = checkAdmin(request, options.adminToken);
    if (auth === 'disabled') return json({ errors: { auth: ADMIN_MESSAGES.disabled } }, 503);
    if (auth === 'denied') return json({ errors: { auth: ADMIN_MESSAGES.denied } }, 401, { 'www-authenticate': 'Bearer' });
    const parsed = EngagementQuerySchema.safeParse(params(request));
    if (!parsed.success) return json({ errors: zodErrorToFields(parsed.error) }, 400);
    const today = dayOf(now());
    const to = parsed.data.to ?? (parsed.data.from && parsed.data.from > today ? parsed.data.from : today);
    const from = parsed.data.from ?? dayOf(new Date(Date.parse(`${to}T00:00:00Z`) - 29 * DAY_MS));
    if (from > to) return json({ errors: { to: MESSAGES.dateRange } }, 400);
    if ((Date.parse(to) - Date.parse(from)) / DAY_MS + 1 > MAX_DAYS) return json({ errors: { from: ENGAGEMENT_MESSAGES.range } }, 400);
    const range = { from, to };
    if (parsed.data.format === 'csv') {
      const rows = await store.engagement.rows(range, MAX_CSV_ROWS);
      const text = writeCsv(['day', 'kind', 'key', 'count'], rows.map((r) => [r.day, r.kind, r.key, r.count]), '\r\n');
      return csvResponse(text, `engagement-${from}-to-${to}.csv`);
    }
    // Every key of the period, so a page with feedback but few views still finds its views.
    const [byKey, byDay, feedback] = await Promise.all([
      store.engagement.totalsByKey(range, 5000),
      store.engagement.totalsByDay(range),
      store.engagement.feedbackByPage(range),
    ]);
    return json(summarizeEngagement({ from, to, byKey, byDay, feedback, top: parsed.data.top }));
  }

  async function publicTotals(request: Request): Promise<Response> {
    const parsed = PublicQuerySchema.safeParse(params(request));
    if (!parsed.success) return json({ errors: zodErrorToFields(parsed.error) }, 400);
    const today = dayOf(now());
    const months = publicMonths(await store.engagement.monthly(), today);
    // Public figures: any site may read them (a static site whose function lives elsewhere, a journalist's script).
    const headers = { 'cache-control': 'public, max-age=3600', 'access-control-allow-origin': '*' };
    if (parsed.data.format === 'csv') {
      const columns = ['month', 'complete', 'views', 'downloads', 'searches', 'explorer', 'embeds'] as const;
      return csvResponse(writeCsv(columns, months.map((m) => columns.map((c) => m[c]))), 'portal-use-by-month.csv', headers);
    }
    return json({ updated: today, months }, 200, headers);
  }

  return {
    async route(request, path, method) {
      const notAllowed = (allow: string) => json({ errors: { method: ENGAGEMENT_MESSAGES.method } }, 405, { allow });
      if (path === ENGAGEMENT_API) {
        if (method === 'POST') return receive(request);
        if (method === 'GET' || method === 'HEAD') return staff(request);
        return notAllowed('GET, POST');
      }
      if (path === `${ENGAGEMENT_API}/public`) {
        if (method === 'GET' || method === 'HEAD') return publicTotals(request);
        return notAllowed('GET');
      }
      return json({ errors: { path: ENGAGEMENT_MESSAGES.notFound } }, 404);
    },
    drain: () => buffer.drain(),
  };
}
