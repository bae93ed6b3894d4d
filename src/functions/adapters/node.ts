/**
 * Node adapter: mounts the feedback handler on the Hono app of the self-hosted server
 * (src/server/site-app.ts). The client address comes from the socket, or from the first
 * X-Forwarded-For hop when FEEDBACK_TRUST_PROXY=1 (only behind a proxy you control).
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { startFeedback, type FeedbackEnv, type FeedbackService } from '../from-env.ts';
import type { FeedbackHandlerOptions } from '../handler.ts';
import type { ErrorPageSource } from '../reader-errors.ts';

const RETENTION_EVERY_MS = 6 * 60 * 60 * 1000;

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // app.request() in tests has no socket
  }
}

/** The error page from the built site on disk (`dist/fr/feedback/error/index.html`), read once per language. */
export function fileErrorPages(distDir: string): ErrorPageSource {
  const cache = new Map<string, Promise<string | undefined>>();
  return (path) => {
    // The handler gives only its own paths (a known language prefix + /feedback/error/); normalize keeps them inside distDir.
    const file = join(distDir, normalize(`/${path}/index.html`));
    let page = cache.get(file);
    if (!page) {
      page = readFile(file, 'utf8').catch(() => undefined);
      cache.set(file, page);
    }
    return page;
  };
}

export async function mountFeedback(
  app: Hono,
  env: FeedbackEnv = process.env,
  overrides: Partial<FeedbackHandlerOptions> = {},
): Promise<FeedbackService> {
  const addresses = new WeakMap<Request, string>();
  const trustProxy = /^(1|true|yes)$/i.test(env['FEEDBACK_TRUST_PROXY'] ?? '');
  const service = await startFeedback(env, { clientIp: (request) => addresses.get(request), ...overrides });
  const handle = (c: Context) => {
    const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
    const address = forwarded || socketAddress(c);
    if (address) addresses.set(c.req.raw, address);
    return service.handler(c.req.raw);
  };
  app.all('/api/feedback', handle);
  app.all('/api/feedback/*', handle);
  setInterval(() => {
    service.purge().catch((error: unknown) => console.error('feedback: retention failed', error));
  }, RETENTION_EVERY_MS).unref();
  return service;
}
