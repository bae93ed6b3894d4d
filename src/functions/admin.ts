/**
 * The staff side of the API: list and export, read one item, change one item.
 * Every route here requires the bearer token (see auth.ts).
 */
import { checkAdmin } from './auth.ts';
import { BODY_MESSAGES, bodyKind, readBody } from './body.ts';
import { itemsToCsv } from './csv.ts';
import { zodErrorToFields } from './error-map.ts';
import type { HandlerContext } from './handler.ts';
import { json } from './responses.ts';
import { FeedbackPatchSchema, FeedbackQuerySchema, MESSAGES, type FeedbackQuery } from './schema.ts';
import type { FeedbackFilter } from './store/types.ts';

export const ADMIN_MESSAGES = {
  disabled: 'The staff API is switched off: set FEEDBACK_ADMIN_TOKEN to switch it on.',
  denied: 'Send the staff token as "Authorization: Bearer <token>".',
  notFound: 'No feedback item with this id.',
} as const;

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const isItemId = (s: string): boolean => ID_PATTERN.test(s);

/** A Response when the caller is not staff, undefined when they are. */
function denyUnlessAdmin(request: Request, ctx: HandlerContext): Response | undefined {
  const result = checkAdmin(request, ctx.adminToken);
  if (result === 'ok') return undefined;
  if (result === 'disabled') return json({ errors: { auth: ADMIN_MESSAGES.disabled } }, 503);
  return json({ errors: { auth: ADMIN_MESSAGES.denied } }, 401, { 'www-authenticate': 'Bearer' });
}

const DAY_MS = 86_400_000;
const isBareDate = (s: string) => s.length === 10;
/** The store compares created_at as ISO text, which orders like time only for four-digit years. */
const LAST_MOMENT = Date.parse('9999-12-31T23:59:59.999Z');
const iso = (time: number) => new Date(Math.min(time, LAST_MOMENT)).toISOString();

/**
 * Query → store filter, as instants: a bare `from` is its day's first moment (UTC), a bare `to` covers that
 * whole day; `to=9999-12-31` means "no end" (the bound stays a four-digit date, never `+010000-…`).
 */
export function queryToFilter(q: FeedbackQuery): FeedbackFilter {
  const at = (s: string) => Date.parse(isBareDate(s) ? `${s}T00:00:00Z` : s);
  const from = q.from === undefined ? undefined : iso(at(q.from));
  const endTime = q.to === undefined ? undefined : isBareDate(q.to) ? at(q.to) + DAY_MS : at(q.to) + 1;
  const toExclusive = endTime === undefined || endTime > LAST_MOMENT ? undefined : iso(endTime);
  return { status: q.status, page: q.page, pathContains: q.path, group: q.group, from, toExclusive, limit: q.limit };
}

export async function handleAdminGet(request: Request, ctx: HandlerContext): Promise<Response> {
  const denied = denyUnlessAdmin(request, ctx);
  if (denied) return denied;
  const params: Record<string, string> = Object.create(null);
  for (const [key, value] of new URL(request.url).searchParams) if (!(key in params)) params[key] = value;
  const parsed = FeedbackQuerySchema.safeParse(params);
  if (!parsed.success) return json({ errors: zodErrorToFields(parsed.error) }, 400);
  const items = await ctx.store.list(queryToFilter(parsed.data));
  if (parsed.data.format === 'csv') {
    const date = ctx.now().toISOString().slice(0, 10);
    return new Response(itemsToCsv(items), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="feedback-${date}.csv"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  }
  return json({ items });
}

export async function handleAdminGetOne(request: Request, id: string, ctx: HandlerContext): Promise<Response> {
  const denied = denyUnlessAdmin(request, ctx);
  if (denied) return denied;
  const item = await ctx.store.get(id);
  return item ? json({ item }) : json({ errors: { id: ADMIN_MESSAGES.notFound } }, 404);
}

export async function handlePatch(request: Request, id: string, ctx: HandlerContext): Promise<Response> {
  const denied = denyUnlessAdmin(request, ctx);
  if (denied) return denied;
  if (bodyKind(request) !== 'json') return json({ errors: { body: BODY_MESSAGES.jsonOnly } }, 415);
  const body = await readBody(request, 'json', ctx.maxBodyBytes);
  if (!body.ok) return json({ errors: { body: body.message } }, body.status);
  const parsed = FeedbackPatchSchema.safeParse(body.value);
  if (!parsed.success) return json({ errors: zodErrorToFields(parsed.error) }, 400);
  if (Object.keys(parsed.data).length === 0) return json({ errors: { body: MESSAGES.patchEmpty } }, 400);
  const patch = parsed.data;
  if (patch.public === true || patch.publicSummary !== undefined || patch.response !== undefined) {
    // A published item always has staff's summary and a response: check the item as it will be after the change.
    // (listPublic also requires both, so a concurrent edit can never publish an item without them.)
    const current = await ctx.store.get(id);
    if (!current) return json({ errors: { id: ADMIN_MESSAGES.notFound } }, 404);
    const written = (next: string | undefined, now: string | null) => (next === undefined ? now !== null : next.trim() !== '');
    const published = patch.public ?? current.public;
    if (published && !(written(patch.publicSummary, current.publicSummary) && written(patch.response, current.response))) {
      return json({ errors: { public: MESSAGES.publishNeeds } }, 400);
    }
  }
  const item = await ctx.store.update(id, patch, ctx.now().toISOString());
  return item ? json({ item }) : json({ errors: { id: ADMIN_MESSAGES.notFound } }, 404);
}
