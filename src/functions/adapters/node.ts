/**
 * Node adapter: mounts the feedback handler on the Hono app of the self-hosted server
 * (src/server/site-app.ts). The client address comes from the socket, or, with FEEDBACK_TRUST_PROXY=<n>
 * proxies you control in front of the server, from the n-th X-Forwarded-For entry from the right (the one the
 * outermost trusted proxy added; entries to its left are the client's own and are ignored; see ../client-address.ts).
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { startFeedback, type FeedbackEnv, type FeedbackService } from '../from-env.ts';
import type { FeedbackHandlerOptions } from '../handler.ts';
import { forwardedClient, trustedHops } from '../client-address.ts';
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
  const hops = trustedHops(env['FEEDBACK_TRUST_PROXY']);
  const service = await startFeedback(env, { clientIp: (request) => addresses.get(request), ...overrides });
  const handle = (c: Context) => {
    const forwarded = forwardedClient(c.req.header('x-forwarded-for'), hops);
    const address = forwarded || socketAddress(c);
    if (address) addresses.set(c.req.raw, address);
    return service.handler(c.req.raw);
  };
  app.all('/api/feedback', handle);
  app.all('/api/feedback/*', handle);
  app.all('/api/engagement', handle);
  app.all('/api/engagement/*', handle);
  setInterval(() => {
    service.purge().catch((error: unknown) => console.error('feedback: retention failed', error));
  }, RETENTION_EVERY_MS).unref();
  return service;
}
