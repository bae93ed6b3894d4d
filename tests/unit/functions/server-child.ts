/**
 * Starts the real Node server (createSiteApp) for the durability test, in its own process so the
 * test can kill -9 it. Settings come from the environment (DIST_DIR, FEEDBACK_DB, FEEDBACK_ADMIN_TOKEN);
 * prints {"port": n} on stdout once it listens on 127.0.0.1.
 */
import { serve } from '@hono/node-server';
import { createSiteApp } from '../../../src/server/site-app.ts';

const app = await createSiteApp({
  distDir: process.env['DIST_DIR'] ?? 'dist',
  feedback: { rateLimit: { max: 1_000_000, windowMs: 60_000 } },
});
serve({ fetch: app.fetch, port: Number(process.env['PORT'] ?? 0), hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port })}\n`);
});
