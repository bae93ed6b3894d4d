/**
 * Builds the feedback function from environment variables; every platform adapter and the Node
 * server go through here, so they behave the same. See docs/feedback.md for the variables.
 */
import { createFeedbackHandler, HANDLER_MESSAGES, type FeedbackHandler, type FeedbackHandlerOptions } from './handler.ts';
import { DEFAULT_RATE_LIMIT } from './rate-limit.ts';
import { bodyKind } from './body.ts';
import { fetchErrorPages } from './reader-errors.ts';
import { htmlErrorPage, json, wantsHtml } from './responses.ts';
import { DEFAULT_EMAIL_RETENTION_DAYS, DEFAULT_SEARCH_RETENTION_DAYS, foldOldSearches, purgeExpiredEmails } from './retention.ts';
import { DEFAULT_EVENT_RATE_LIMIT } from './engagement/routes.ts';
import type { FeedbackStore } from './store/types.ts';

export type FeedbackEnv = Readonly<Record<string, string | undefined>>;

export const DEFAULT_DB_PATH = '.data/feedback.db';

function wholeNumber(env: FeedbackEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, received "${raw}".`);
  return n;
}

export const isPostgresUrl = (url: string | undefined): url is string => /^postgres(ql)?:\/\//i.test(url ?? '');

/** PostgreSQL when DATABASE_URL is a postgres:// URL; otherwise SQLite at FEEDBACK_DB. */
export async function openStoreFromEnv(env: FeedbackEnv): Promise<FeedbackStore> {
  if (isPostgresUrl(env['DATABASE_URL'])) {
    const { openPostgresStore } = await import('./store/postgres.ts');
    return openPostgresStore({ connectionString: env['DATABASE_URL'] });
  }
  const { openSqliteStore } = await import('./store/sqlite.ts');
  return openSqliteStore(env['FEEDBACK_DB'] || DEFAULT_DB_PATH, env['FEEDBACK_DB_AUTH_TOKEN']);
}

export const retentionDaysFromEnv = (env: FeedbackEnv) =>
  wholeNumber(env, 'FEEDBACK_EMAIL_RETENTION_DAYS', DEFAULT_EMAIL_RETENTION_DAYS);

/** ENGAGEMENT_SEARCH_RETENTION_DAYS: how long search words are kept (also shown on /privacy/, read at build time). */
export const searchRetentionDaysFromEnv = (env: FeedbackEnv) =>
  wholeNumber(env, 'ENGAGEMENT_SEARCH_RETENTION_DAYS', DEFAULT_SEARCH_RETENTION_DAYS);

/** Both retention rules at once: email addresses, then search words. Resolves to the email addresses removed. */
async function runRetention(store: FeedbackStore, env: FeedbackEnv, now?: () => Date): Promise<number> {
  const emails = await purgeExpiredEmails({ store, retentionDays: retentionDaysFromEnv(env), now });
  await foldOldSearches({ store, retentionDays: searchRetentionDaysFromEnv(env), now });
  return emails;
}

/**
 * Origins allowed to post: FEEDBACK_ALLOWED_ORIGIN when set; otherwise the origin of SITE_URL (the address the
 * site is published at) when set; otherwise undefined, and the handler accepts the request's own origin.
 */
export function allowedOriginsFromEnv(env: FeedbackEnv): string[] | undefined {
  const origins = (env['FEEDBACK_ALLOWED_ORIGIN'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (origins.length) return origins;
  const site = env['SITE_URL']?.trim();
  if (!site) return undefined;
  try {
    return [new URL(site).origin];
  } catch {
    throw new Error(`SITE_URL must be an address like https://sdg.example.org, received "${site}".`);
  }
}

/**
 * FEEDBACK_FUNCTION_ORIGIN (read at build time): where the function is served when it is not the site's own origin,
 * e.g. a static host with the function on a platform: `https://fn.example.org`. The feedback form posts to
 * `<origin>/api/feedback`, the beacon to `<origin>/api/engagement`, and the site's CSP allows that origin.
 * '' (unset) means the site's own origin.
 */
export function functionOriginFromEnv(env: FeedbackEnv): string {
  const raw = env['FEEDBACK_FUNCTION_ORIGIN']?.trim() ?? '';
  if (raw === '') return '';
  try {
    const url = new URL(raw);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === raw.replace(/\/$/, '').toLowerCase()) return url.origin;
  } catch {
    // reported below
  }
  throw new Error(`FEEDBACK_FUNCTION_ORIGIN must be an origin like https://fn.example.org (no path), received "${raw}".`);
}

/** Handler options that come from the environment (store excluded). */
export function handlerOptionsFromEnv(env: FeedbackEnv): Omit<FeedbackHandlerOptions, 'store'> {
  // The site's languages, as the build was given them: the first is at /, the others under /<lang>/.
  const languages = (env['SDG_LANGUAGES'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return {
    ...(languages.length > 1 ? { languagePrefixes: languages.slice(1) } : {}),
    adminToken: env['FEEDBACK_ADMIN_TOKEN'] || undefined,
    salt: env['FEEDBACK_SALT'] || undefined,
    allowedOrigin: allowedOriginsFromEnv(env),
    rateLimit: { ...DEFAULT_RATE_LIMIT, max: wholeNumber(env, 'FEEDBACK_RATE_LIMIT', DEFAULT_RATE_LIMIT.max) },
    eventRateLimit: { ...DEFAULT_EVENT_RATE_LIMIT, max: wholeNumber(env, 'ENGAGEMENT_RATE_LIMIT', DEFAULT_EVENT_RATE_LIMIT.max) },
  };
}

export interface FeedbackService {
  handler: FeedbackHandler;
  store: FeedbackStore;
  /** Runs retention now (email addresses, then search words); resolves to the number of addresses removed. */
  purge: () => Promise<number>;
}

/** Opens the store (applying migrations), runs retention once, and builds the handler. */
export async function startFeedback(
  env: FeedbackEnv,
  overrides: Partial<FeedbackHandlerOptions> = {},
): Promise<FeedbackService> {
  const store = overrides.store ?? (await openStoreFromEnv(env));
  const purge = () => runRetention(store, env, overrides.now);
  await purge();
  const handler = createFeedbackHandler({ ...handlerOptionsFromEnv(env), ...overrides, store });
  return { handler, store, purge };
}

/**
 * Serverless platforms have no lasting disk, so a local SQLite file would lose answers between
 * invocations. Refuses to start without PostgreSQL or a remote libsql database.
 */
export function assertDurableStorage(env: FeedbackEnv, platform: string): void {
  if (isPostgresUrl(env['DATABASE_URL'])) return;
  if (/^(libsql|https?|wss?):\/\//i.test(env['FEEDBACK_DB'] ?? '')) return;
  throw new Error(
    `On ${platform}, set DATABASE_URL to a postgres:// URL, or FEEDBACK_DB to a libsql:// URL ` +
      '(with FEEDBACK_DB_AUTH_TOKEN): a local SQLite file does not survive between invocations.',
  );
}

/** For a scheduled job: opens the store, removes expired email addresses and old search words, closes it. */
export async function purgeFromEnv(env: FeedbackEnv): Promise<number> {
  const store = await openStoreFromEnv(env);
  try {
    return await runRetention(store, env);
  } finally {
    await store.close();
  }
}

/**
 * For serverless platforms: the store opens on the first request (cold start) and is reused while
 * the instance lives. A failed start is retried on the next request instead of being cached.
 * The site's error page for readers without JavaScript is fetched from the site itself.
 */
export function createLazyFeedbackHandler(
  env: FeedbackEnv | (() => FeedbackEnv),
  overrides: Partial<FeedbackHandlerOptions> = {},
): FeedbackHandler {
  let started: Promise<FeedbackService> | undefined;
  return async (request) => {
    started ??= Promise.resolve()
      .then(() => {
        const settings = typeof env === 'function' ? env() : env;
        // A platform function may live on another host than a static site (FEEDBACK_FUNCTION_ORIGIN): readers
        // without JavaScript are then sent back to SITE_URL. (The Node server serves the site itself.)
        const site = settings['SITE_URL']?.trim();
        const siteOrigin = site ? allowedOriginsFromEnv({ SITE_URL: site })?.[0] : undefined;
        return startFeedback(settings, { errorPage: fetchErrorPages(), ...(siteOrigin ? { siteOrigin } : {}), ...overrides });
      })
      .catch((error: unknown) => {
        started = undefined;
        throw error;
      });
    try {
      return (await started).handler(request);
    } catch (error) {
      console.error('feedback: could not start', error);
      const errors = { server: HANDLER_MESSAGES.server };
      const headers = { 'retry-after': '30' };
      return wantsHtml(request, bodyKind(request) === 'form') ? htmlErrorPage(503, errors, '/', headers) : json({ errors }, 503, headers);
    }
  };
}
