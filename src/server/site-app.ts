/**
 * The self-hosted server: static files from the built site plus the API routes.
 * Kept apart from scripts/serve.ts so tests can start it on a random port.
 */
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileErrorPages, mountFeedback } from '../functions/adapters/node.ts';
import type { FeedbackEnv } from '../functions/from-env.ts';
import type { FeedbackHandlerOptions } from '../functions/handler.ts';

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
  // Languages other than the default live under /<lang>/, each with its own thank-you page.
  const languagePrefixes = readdirSync(distDir).filter((d) => existsSync(join(distDir, d, 'feedback/thanks/index.html')));
  // API routes (feedback function) are mounted here, before the static files.
  await mountFeedback(app, env, { languagePrefixes, errorPage: fileErrorPages(distDir), ...feedback });
  app.use('*', serveStatic({ root: distDir }));
  const notFound = join(distDir, '404.html');
  app.notFound((c) =>
    c.html(existsSync(notFound) ? readFileSync(notFound, 'utf8') : 'Not found', 404),
  );
  return app;
}
