/**
 * The feedback function: one Web-standard handler (Request → Response) shared by every platform.
 * Effects (storage, clock, ids, client address) come in as options, so tests pass fakes.
 *
 *   POST  /api/feedback          a reader's answer (JSON or form)          → 201 {id} | 303 to thanks
 *   GET   /api/feedback          staff: list, filters, ?format=csv         → {items}
 *   GET   /api/feedback/public   "You said, we did"                        → {items}
 *   GET   /api/feedback/<id>     staff: one item                           → {item}
 *   PATCH /api/feedback/<id>     staff: status, tags, response, public     → {item}
 *   /api/engagement…             the engagement counters (engagement/routes.ts, docs/engagement.md)
 *
 * When the site is served from another origin than the function (a static host), the browser asks first
 * (CORS preflight); origins allowed to post are also allowed to read the answers.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { handleAdminGet, handleAdminGetOne, handlePatch, isItemId } from './admin.ts';
import { BODY_MESSAGES, bodyKind, readBody } from './body.ts';
import { zodErrorToFields, type FieldErrors } from './error-map.ts';
import { clientKey, createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimitOptions } from './rate-limit.ts';
import { createEngagementRoutes, ENGAGEMENT_API } from './engagement/routes.ts';
import { ERROR_PAGE_PATH, fieldErrorCodes, fillErrorPage, type ErrorCodes, type ErrorPageSource, type ReaderErrorCode } from './reader-errors.ts';
import { htmlErrorPage, json, redirect, wantsHtml } from './responses.ts';
import { FeedbackInputSchema, PagePathSchema } from './schema.ts';
import type { FeedbackStore } from './store/types.ts';

export const API_BASE = '/api/feedback';
export const HONEYPOT_FIELD = 'website';
/** Two full text boxes of Chinese or Arabic, form-encoded as a browser sends them without JavaScript
 * (up to 9 bytes per character), fit with room to spare. */
export const MAX_BODY_BYTES = 48 * 1024;

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
  /** The engagement beacon's own limit (events per client per window); default 240 a minute. */
  eventRateLimit?: RateLimitOptions | undefined;
  /** The client's address as the platform sees it; only ever hashed. */
  clientIp?: ((request: Request) => string | undefined) | undefined;
  now?: (() => Date) | undefined;
  newId?: (() => string) | undefined;
  maxBodyBytes?: number | undefined;
  /** Where a no-JavaScript form post lands after success. */
  thanksPath?: string | undefined;
  /** Gets the site's error page (per language) that a no-JavaScript form post with errors is answered with;
   * without it, or when it cannot be had, a plain page lists the errors. */
  errorPage?: ErrorPageSource | undefined;
  /**
   * The site's language prefixes (`fr`, `ar`): a form posted from `/fr/…` lands on `/fr/feedback/thanks/`.
   * Only these prefixes are used, so the redirect never goes where the client asks.
   */
  languagePrefixes?: readonly string[] | undefined;
  /**
   * The site's origin (from SITE_URL). When a form post reaches the function on another origin (a static host, the
   * function elsewhere: FEEDBACK_FUNCTION_ORIGIN), the reader is sent back to the site there, never to a path on the
   * function's host.
   */
  siteOrigin?: string | undefined;
  logError?: ((error: unknown) => void) | undefined;
}

export type FeedbackHandler = (request: Request) => Promise<Response>;
/** The handler, and a way to wait until every engagement count it took is written (tests, shutdown). */
export type FeedbackHandlerWithDrain = FeedbackHandler & { drain(): Promise<void> };

/** Shared by the route handlers in this folder. */
export interface HandlerContext {
  store: FeedbackStore;
  adminToken: string | undefined;
  now: () => Date;
  maxBodyBytes: number;
}

/** The path of the page that posted the form, when the browser said so and it is on this site; else `/`. */
export function refererPage(request: Request): string {
  try {
    const referer = new URL(request.headers.get('referer') ?? '');
    if (referer.origin !== new URL(request.url).origin) return '/';
    const page = PagePathSchema.safeParse(referer.pathname);
    return page.success ? page.data : '/';
  } catch {
    return '/';
  }
}

/** Headers that let the site's pages on another origin read an answer, or pass the browser's preflight. */
function corsHeaders(request: Request, preflight: boolean): Record<string, string> {
  const origin = request.headers.get('origin');
  if (origin === null || origin === new URL(request.url).origin) return {};
  return {
    'access-control-allow-origin': origin,
    vary: 'Origin',
    ...(preflight
      ? { 'access-control-allow-methods': 'GET, POST, PATCH', 'access-control-allow-headers': 'authorization, content-type', 'access-control-max-age': '600' }
      : {}),
  };
}

function originAllowed(request: Request, allowed: FeedbackHandlerOptions['allowedOrigin']): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) return true; // curl, server-to-server; browsers always send it on POST
  const list = allowed === undefined ? [new URL(request.url).origin] : typeof allowed === 'string' ? [allowed] : allowed;
  return list.some((o) => o.replace(/\/+$/, '') === origin);
}

export function createFeedbackHandler(options: FeedbackHandlerOptions): FeedbackHandlerWithDrain {
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
  /** `path` in the language of the page the form was on (only known prefixes, never where the client asks). */
  const inLanguageOf = (page: unknown, path: string) => {
    const first = typeof page === 'string' ? page.split('/')[1] ?? '' : '';
    return prefixes.has(first) ? `/${first}${path}` : path;
  };
  /** The site's origin when the request came to the function on another one (else '': paths stay relative). */
  const siteElsewhere = (request: Request) => (options.siteOrigin && new URL(request.url).origin !== options.siteOrigin ? options.siteOrigin : '');
  const thanksFor = (page: unknown, request: Request) => `${siteElsewhere(request)}${inLanguageOf(page, thanksPath)}`;

  /** A browser form post's errors, on the site's error page in the reader's language. */
  async function errorPage(request: Request, status: number, errors: FieldErrors, codes: ErrorCodes, backTo: string, headers: Record<string, string>) {
    // On another host than the site, the site's page (its styles, its links) cannot be served: a plain page links back.
    const site = siteElsewhere(request);
    if (site) return htmlErrorPage(status, errors, `${site}${backTo}`, headers);
    const template = await options.errorPage?.(inLanguageOf(backTo, ERROR_PAGE_PATH), request).catch(() => undefined);
    const html = template === undefined ? undefined : fillErrorPage(template, codes, backTo);
    if (html === undefined) return htmlErrorPage(status, errors, backTo, headers);
    return new Response(html, { status, headers: { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', 'content-type': 'text/html; charset=utf-8', ...headers } });
  }
  const clientIp = options.clientIp ?? (() => undefined);
  const engagement = createEngagementRoutes({
    store: ctx.store,
    adminToken: ctx.adminToken,
    now: ctx.now,
    salt,
    clientIp,
    rateLimit: options.eventRateLimit,
    logError: options.logError ?? console.error,
  });

  async function submit(request: Request): Promise<Response> {
    const kind = bodyKind(request);
    const html = wantsHtml(request, kind === 'form');
    /** Errors as JSON with a code per field (for the widget), or as the error page for a browser form post. */
    const fail = (status: number, errors: FieldErrors, codes: ErrorCodes, backTo = '/', headers: Record<string, string> = {}) =>
      html ? errorPage(request, status, errors, codes, backTo, headers) : json({ errors, codes }, status, headers);
    // Before the body is read, the page the form was on is known only from the Referer browsers send.
    const failBody = (status: number, message: string, code: ReaderErrorCode, headers: Record<string, string> = {}) =>
      fail(status, { body: message }, { body: code }, refererPage(request), headers);

    if (kind === undefined) return json({ errors: { body: BODY_MESSAGES.contentType } }, 415);
    const decision = limiter.hit(clientKey(clientIp(request) ?? 'unknown', salt), ctx.now().getTime());
    if (!decision.ok) {
      return failBody(429, HANDLER_MESSAGES.rateLimited, 'rateLimited', { 'retry-after': String(decision.retryAfterSeconds) });
    }
    const body = await readBody(request, kind, ctx.maxBodyBytes);
    if (!body.ok) return failBody(body.status, body.message, body.status === 413 ? 'tooLarge' : 'other');
    if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) {
      return failBody(400, HANDLER_MESSAGES.notJsonObject, 'other');
    }
    const record = body.value as Record<string, unknown>;
    const honeypot = Object.hasOwn(record, HONEYPOT_FIELD) ? record[HONEYPOT_FIELD] : undefined;
    if (honeypot !== undefined && honeypot !== null && honeypot !== '') {
      // Looks like success to a bot, so it learns nothing; nothing is stored.
      return html ? redirect(thanksFor(record['page'], request)) : json({ id: newId() }, 201);
    }
    const parsed = FeedbackInputSchema.safeParse(record);
    if (!parsed.success) {
      const page = PagePathSchema.safeParse(record['page']);
      const errors = zodErrorToFields(parsed.error);
      return fail(400, errors, fieldErrorCodes(errors), page.success ? page.data : refererPage(request));
    }
    const input = parsed.data;
    const id = newId();
    try {
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
    } catch (error) {
      (options.logError ?? console.error)(error);
      return fail(500, { server: HANDLER_MESSAGES.server }, { server: 'other' }, input.page);
    }
    return html ? redirect(thanksFor(input.page, request)) : json({ id }, 201, { location: `${API_BASE}/${id}` });
  }

  async function route(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname.replace(/\/+$/, '');
    const method = request.method.toUpperCase();
    if (!originAllowed(request, options.allowedOrigin)) {
      const errors = { origin: HANDLER_MESSAGES.origin };
      // A reader without JavaScript gets a page, not JSON, also when the site's origin setting is wrong.
      if (method === 'POST' && wantsHtml(request, bodyKind(request) === 'form')) return errorPage(request, 403, errors, { origin: 'other' }, refererPage(request), {});
      return json({ errors }, 403);
    }
    const notAllowed = (allow: string) => json({ errors: { method: HANDLER_MESSAGES.method } }, 405, { allow });
    if (method === 'OPTIONS') return new Response(null, { status: 204, headers: { 'cache-control': 'no-store', ...corsHeaders(request, true) } });
    if (path === ENGAGEMENT_API || path.startsWith(`${ENGAGEMENT_API}/`)) return engagement.route(request, path, method);

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

  const handle = async (request: Request): Promise<Response> => {
    let response: Response;
    try {
      response = await route(request);
    } catch (error) {
      (options.logError ?? console.error)(error);
      response = json({ errors: { server: HANDLER_MESSAGES.server } }, 500);
    }
    if (originAllowed(request, options.allowedOrigin) && !response.headers.has('access-control-allow-origin')) {
      for (const [name, value] of Object.entries(corsHeaders(request, false))) response.headers.set(name, value);
    }
    return response;
  };
  return Object.assign(handle, { drain: () => engagement.drain() });
}
