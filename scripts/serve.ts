/**
 * Serves the built site (dist/) and the feedback function on one origin.
 * `PORT` and `HOST` override the default http://127.0.0.1:4321.
 */
import { serve } from '@hono/node-server';
import { createSiteApp } from '../src/server/site-app.ts';

const port = Number(process.env.PORT ?? 4321);
const hostname = process.env.HOST ?? '127.0.0.1';
const app = await createSiteApp({ distDir: process.env.DIST_DIR ?? 'dist' });

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`SDG portal: http://${hostname}:${info.port}/`);
});

// Stopped by the service manager (or Ctrl+C): answer what is in flight, then close the database.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    const force = setTimeout(() => process.exit(0), 5000);
    force.unref();
    server.close(() => process.exit(0));
  });
}
