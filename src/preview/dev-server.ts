/**
 * The editors' preview (`npm run dev`): Astro's dev server with the project's data and the feedback function.
 *
 * - Watches the data repository (wherever SDG_DATA_DIR points), the Open SDG site repository, the portal
 *   configuration and the stories and concepts. After a change it reads everything again, prints what changed
 *   in the terminal (each problem located, as `npm run validate` prints it) and reloads the open pages, which
 *   show the problems in a banner (src/preview/banner.ts). A reading that fails leaves the last good pages up.
 * - Serves `/api/feedback` with the same handler as `npm start` (SQLite at FEEDBACK_DB by default).
 */
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { Connect, ViteDevServer } from 'vite';
import type { AstroIntegrationLogger } from 'astro';
import { mountFeedback } from '../functions/adapters/node.ts';
import { fetchErrorPages } from '../functions/reader-errors.ts';
import { contentDirs } from '../site/content-dirs.ts';
import { repositoryFromEnv } from '../site/config.ts';
import { getSite } from '../site/site-data.ts';
import { changeReport, fullReport, readAgain, type Reading } from './reading.ts';
import { setPreviewState } from './state.ts';

/** Saves come in bursts (an editor writes a temporary file, then renames it): wait this long for the last one. */
const SETTLE_MS = 60;

/** The folders and files whose changes the pages depend on. */
export function watchedPaths(env: NodeJS.ProcessEnv = process.env): string[] {
  const at = repositoryFromEnv(env);
  const content = contentDirs(env);
  return [at.root, at.siteDir, at.portalConfig, at.frameworkRoot, content.concepts, content.stories]
    .filter((p): p is string => typeof p === 'string' && existsSync(p));
}

const within = (dirs: readonly string[], file: string) => dirs.some((d) => file === d || file.startsWith(d.endsWith(sep) ? d : d + sep));

/** A change to this file is one the preview reads again for (not Astro's own output, not editors' backup files). */
export function isWatchedChange(dirs: readonly string[], file: string): boolean {
  const path = resolve(file);
  if (!within(dirs, path)) return false;
  return !/(?:^|[/\\])(?:\.git|node_modules|\.astro)(?:[/\\]|$)|~$|\.swp$|\.tmp$/.test(path);
}

export async function startPreview(server: ViteDevServer, logger: AstroIntegrationLogger): Promise<void> {
  const dirs = watchedPaths();
  server.watcher.add(dirs);
  let last: Reading = await readAgain();
  setPreviewState({ problems: last.problems, ...(last.failure ? { failure: last.failure } : {}) });
  console.log(fullReport(last));
  logger.info(`Watching ${dirs.map((d) => d.replace(`${process.cwd()}${sep}`, '')).join(', ')}: a saved change shows on the open page.`);

  // Astro keeps each route's getStaticPaths answer until a watched file changes; a change of this path (never a
  // page) makes it drop them, after the new reading is in place, so no page is rendered from the old one.
  const refreshRoutes = join(dirname(server.config.root ?? process.cwd()), '.sdg-preview-reading');
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const run = async () => {
    const changed = [...pending];
    pending = new Set();
    const reading = await readAgain(changed);
    setPreviewState({ problems: reading.problems, ...(reading.failure ? { failure: reading.failure } : {}) });
    const what = changed.length === 1 ? changed[0]!.replace(`${process.cwd()}${sep}`, '') : `${changed.length} files`;
    logger.info(`${what} changed: read again in ${(reading.ms / 1000).toFixed(1)} s.`);
    console.log(changeReport(last, reading));
    last = reading;
    server.watcher.emit('change', refreshRoutes);
    server.environments.client.hot.send({ type: 'full-reload', path: '*' });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // One reading at a time; changes made during one are read by the next.
      running = (running ?? Promise.resolve()).then(run).catch((error: unknown) => logger.error(String(error)));
    }, SETTLE_MS);
  };
  server.watcher.on('all', (_event, file) => {
    if (file === refreshRoutes || !isWatchedChange(dirs, file)) return;
    pending.add(resolve(file));
    schedule();
  });

  await mountDevFeedback(server);
}

/** `/api/feedback` on the dev server, through the Node adapter `npm start` uses. */
async function mountDevFeedback(server: ViteDevServer): Promise<void> {
  const app = new Hono();
  // Pages are rendered on request here, so the error page a form post without JavaScript gets is fetched from the dev server.
  await mountFeedback(app, process.env, { languagePrefixes: getSite().languages.slice(1), errorPage: fetchErrorPages({ ttlMs: 0 }) });
  const listener = getRequestListener(app.fetch);
  const handle: Connect.NextHandleFunction = (req, res, next) => {
    if (req.url === '/api/feedback' || req.url?.startsWith('/api/feedback/') || req.url?.startsWith('/api/feedback?')) void listener(req, res);
    else next();
  };
  // First in line, as on `npm start`: Astro's own dev middleware (installed after this hook) would answer
  // `/api/feedback` with its trailing-slash 404.
  const install = () => server.middlewares.stack.unshift({ route: '', handle });
  if (server.httpServer?.listening) install();
  else server.httpServer?.once('listening', install);
}
