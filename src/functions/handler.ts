/**
 * The feedback function: one Web-standard handler (Request → Response) shared by every platform.
 * Effects (storage, clock, ids, client address) come in as options, so tests pass fakes.
 *
 *   POST  /api/feedback          a reader's answer (JSON or form)          → 201 {id} | 303 to thanks
 *   GET   /api/feedback          staff: list, filters, ?format=csv         → {items}
 *   GET   /api/feedback/public   "You said, we did"                        → {items}
 *   GET   /api/feedback/<id>     staff: one item                           → {item}
 *   PATCH /api/feedback/<id>     staff: status, tags, response, public     → {item}
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { handleAdminGet, handleAdminGetOne, handlePatch, isItemId } from './admin.ts';
import { BODY_MESSAGES, bodyKind, readBody } from './body.ts';
import { zodErrorToFields, type FieldErrors } from './error-map.ts';
import { clientKey, createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimitOptions } from './rate-limit.ts';
import { htmlErrorPage, json, redirect, wantsHtml } from './responses.ts';
import { FeedbackInputSchema, PagePathSchema } from './schema.ts';
import type { FeedbackStore } from './store/types.ts';

export const API_BASE = '/api/feedback';
export const HONEYPOT_FIELD = 'website';
export const MAX_BODY_BYTES = 16 * 1024;

export const HANDLER_MESSAGES = {
  origin: 'Feedback is accepted only from this site.',
  rateLimited: 'Too many submissions from your connection. Please wait a minute and try again.',
  notJsonObject: 'Send a JSON object with at least the fields page and useful.',
  notFound: 'No such feedback endpoint.',
  method: 'This method is not allowed here.',
  server: 'Something went wrong on our side; your feedback was not saved. Please try again later.',
} as const;

export interface FeedbackHandlerOptions {
  store: FeedbackStore;
  /** FEEDBACK_ADMIN_TOKEN; when unset the staff API answers 503. */
  adminToken?: string | undefined;
  /** Salt for hashing client addresses; a random one per process when not given. */
  salt?: string | undefined;
  /** Origins allowed to send requests with an Origin header; default: the request's own origin. */
  allowedOrigin?: string | readonly string[] | undefined;
  rateLimit?: RateLimitOptions | undefined;
  /** The client's address as the platform sees it; only ever hashed. */
  clientIp?: ((request: Request) => string | undefined) | undefined;
  now?: (() => Date) | undefined;
  newId?: (() => string) | undefined;
  maxBodyBytes?: number | undefined;
  /** Where a no-JavaScript form post lands after success. */
  thanksPath?: string | undefined;
  /**
   * The site's language prefixes (`fr`, `ar`): a form posted from `/fr/…` lands on `/fr/feedback/thanks/`.
   * Only these prefixes are used, so the redirect never goes where the client asks.
   */
  languagePrefixes?: readonly string[] | undefined;
  logError?: ((error: unknown) => void) | undefined;
}

export type FeedbackHandler = (request: Request) => Promise<Response>;

/** Shared by the route handlers in this folder. */
export interface HandlerContext {
  store: FeedbackStore;
  adminToken: string | undefined;
  now: () => Date;
  maxBodyBytes: number;
}

function originAllowed(request: Request, allowed: FeedbackHandlerOptions['allowedOrigin']): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) return true; // curl, server-to-server; browsers always send it on POST
  const list = allowed === undefined ? [new URL(request.url).origin] : typeof allowed === 'string' ? [allowed] : allowed;
  return list.some((o) => o.replace(/\/+$/, '') === origin);
}

export function createFeedbackHandler(options: FeedbackHandlerOptions): FeedbackHandler {
  const ctx: HandlerContext = {
    store: options.store,
    adminToken: options.adminToken || undefined,
    now: options.now ?? (() => new Date()),
    maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES,
  };
  const salt = options.salt ?? randomBytes(32).toString('hex');
  const limiter = createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const newId = options.newId ?? randomUUID;
  const thanksPath = options.thanksPath ?? '/feedback/thanks/';
  const prefixes = new Set(options.languagePrefixes ?? []);
  const thanksFor = (page: unknown) => {
    const first = typeof page === 'string' ? page.split('/')[1] ?? '' : '';
    return prefixes.has(first) ? `/${first}${thanksPath}` : thanksPath;
  };
  const clientIp = options.clientIp ?? (() => undefined);

  async function submit(request: Request): Promise<Response> {
    const kind = bodyKind(request);
    const html = wantsHtml(request, kind === 'form');
    const fail = (status: number, errors: FieldErrors, backTo = '/', headers: Record<string, string> = {}) =>
      html ? htmlErrorPage(status, errors, backTo, headers) : json({ errors }, status, headers);

    if (kind === undefined) return json({ errors: { body: BODY_MESSAGES.contentType } }, 415);
    const decision = limiter.hit(clientKey(clientIp(request) ?? 'unknown', salt), ctx.now().getTime());
    if (!decision.ok) {
      return fail(429, { body: HANDLER_MESSAGES.rateLimited }, '/', { 'retry-after': String(decision.retryAfterSeconds) });
    }
    const body = await readBody(request, kind, ctx.maxBodyBytes);
    if (!body.ok) return fail(body.status, { body: body.message });
    if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) {
      return fail(400, { body: HANDLER_MESSAGES.notJsonObject });
    }
    const record = body.value as Record<string, unknown>;
    const honeypot = Object.hasOwn(record, HONEYPOT_FIELD) ? record[HONEYPOT_FIELD] : undefined;
    if (honeypot !== undefined && honeypot !== null && honeypot !== '') {
      // Looks like success to a bot, so it learns nothing; nothing is stored.
      return html ? redirect(thanksFor(record['page'])) : json({ id: newId() }, 201);
    }
    const parsed = FeedbackInputSchema.safeParse(record);
    if (!parsed.success) {
      const page = PagePathSchema.safeParse(record['page']);
      return fail(400, zodErrorToFields(parsed.error), page.success ? page.data : '/');
    }
    const input = parsed.data;
    const id = newId();
    await ctx.store.insert({
      id,
      createdAt: ctx.now().toISOString(),
      page: input.page,
      useful: input.useful,
      doing: input.doing ?? null,
      problem: input.problem ?? null,
      group: input.group ?? null,
      email: input.consent ? (input.email ?? null) : null,
    });
    return html ? redirect(thanksFor(input.page)) : json({ id }, 201, { location: `${API_BASE}/${id}` });
  }

  async function route(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname.replace(/\/+$/, '');
    const method = request.method.toUpperCase();
    if (!originAllowed(request, options.allowedOrigin)) return json({ errors: { origin: HANDLER_MESSAGES.origin } }, 403);
    const notAllowed = (allow: string) => json({ errors: { method: HANDLER_MESSAGES.method } }, 405, { allow });

    if (path === API_BASE) {
      if (method === 'POST') return submit(request);
      if (method === 'GET' || method === 'HEAD') return handleAdminGet(request, ctx);
      return notAllowed('GET, POST');
    }
    if (path === `${API_BASE}/public`) {
      if (method !== 'GET' && method !== 'HEAD') return notAllowed('GET');
      const items = await ctx.store.listPublic(200);
      return json({ items }, 200, { 'cache-control': 'public, max-age=300' });
    }
    const id = path.startsWith(`${API_BASE}/`) ? path.slice(API_BASE.length + 1) : '';
    if (isItemId(id)) {
      if (method === 'PATCH') return handlePatch(request, id, ctx);
      if (method === 'GET' || method === 'HEAD') return handleAdminGetOne(request, id, ctx);
      return notAllowed('GET, PATCH');
    }
    return json({ errors: { path: HANDLER_MESSAGES.notFound } }, 404);
  }

  return async (request) => {
    try {
      return await route(request);
    } catch (error) {
      (options.logError ?? console.error)(error);
      return json({ errors: { server: HANDLER_MESSAGES.server } }, 500);
    }
  };
}
