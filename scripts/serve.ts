/**
 * Serves the built site (dist/) and the feedback function on one origin.
 * `PORT` and `HOST` override the default http://127.0.0.1:4321.
 */
import { serve } from '@hono/node-server';
import { createSiteApp } from '../src/server/site-app.ts';

const port = Number(process.env.PORT ?? 4321);
const hostname = process.env.HOST ?? '127.0.0.1';
const app = await createSiteApp({ distDir: process.env.DIST_DIR ?? 'dist' });

serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`SDG portal: http://${hostname}:${info.port}/`);
});
