/**
 * The self-hosted server: static files from the built site plus the API routes, every answer with the headers of
 * src/server/headers.ts (the same rules the build writes for static hosts).
 * Kept apart from scripts/serve.ts so tests can start it on a random port.
 */
import { Hono } from 'hono';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileErrorPages, mountFeedback } from '../functions/adapters/node.ts';
import type { FeedbackEnv } from '../functions/from-env.ts';
import type { FeedbackHandlerOptions } from '../functions/handler.ts';
import { notFoundPage, staticFiles } from './static-files.ts';
import { HOST_RULE_FILES, policyOfSite, securityHeaders } from './headers.ts';

export interface SiteAppOptions {
  /** Folder holding the built site (astro build output). */
  distDir: string;
  /** Settings for the feedback function (FEEDBACK_DB, DATABASE_URL, FEEDBACK_ADMIN_TOKEN, …); default process.env. */
  env?: FeedbackEnv;
  /** Overrides for the feedback handler, e.g. a store or a raised rate limit in tests. */
  feedback?: Partial<FeedbackHandlerOptions>;
}

export async function createSiteApp({ distDir, env = process.env, feedback = {} }: SiteAppOptions): Promise<Hono> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir}/index.html not found. Run "npm run build" first.`);
  }
  const app = new Hono();
  const policy = policyOfSite(distDir);
  app.use('*', async (c, next) => {
    await next();
    const headers = securityHeaders(c.req.path, policy);
    try {
      for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
    } catch {
      // A response with immutable headers: copy it.
      c.res = new Response(c.res.body, c.res);
      for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
    }
  });
  // The host configuration the build writes is not a page.
  for (const file of HOST_RULE_FILES) app.all(`/${file}`, (c) => c.notFound());
  // Languages other than the default live under /<lang>/, each with its own thank-you page.
  const languagePrefixes = readdirSync(distDir).filter((d) => existsSync(join(distDir, d, 'feedback/thanks/index.html')));
  // API routes (feedback function) are mounted here, before the static files.
  await mountFeedback(app, env, { languagePrefixes, errorPage: fileErrorPages(distDir), ...feedback });
  app.use('*', staticFiles(distDir));
  app.notFound(notFoundPage(distDir));
  return app;
}
