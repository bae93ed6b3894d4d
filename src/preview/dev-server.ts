/**
 * The editors' preview (`npm run dev`): Astro's dev server with the project's data and the feedback function.
 *
 * - Watches the data repository (wherever SDG_DATA_DIR points), the Open SDG site repository, the portal
 *   configuration and the stories and concepts. After a change it reads everything again, prints what changed
 *   in the terminal (each problem located, as `npm run validate` prints it) and tells the open pages, which
 *   reload and show the problems in a banner (src/preview/banner.ts). A reading that fails leaves the last good
 *   pages up.
 * - Serves `/api/feedback` and `/api/engagement` with the same handlers as `npm start` (SQLite at FEEDBACK_DB by default).
 */
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, ViteDevServer } from 'vite';
import type { AstroIntegrationLogger } from 'astro';
import { mountFeedback } from '../functions/adapters/node.ts';
import { fetchErrorPages } from '../functions/reader-errors.ts';
import { contentDirs } from '../site/content-dirs.ts';
import { repositoryFromEnv } from '../site/config.ts';
import { getSite } from '../site/site-data.ts';
import { keepReadings } from '../pipeline/reading-cache.ts';
import { changeReport, fullReport, readAgain, type Reading } from './reading.ts';
import { setPreviewState } from './state.ts';
import { READINGS_PATH } from './banner.ts';

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
  // A reading after a change parses again only the data files that changed (the UK's 248 in well under 2 s).
  keepReadings();
  let last: Reading = await readAgain();
  let state = setPreviewState({ problems: last.problems, ...(last.failure ? { failure: last.failure } : {}) });
  console.log(fullReport(last));
  logger.info(`Watching ${dirs.map((d) => d.replace(`${process.cwd()}${sep}`, '')).join(', ')}: a saved change shows on the open page.`);

  // Open pages listen here (src/preview/banner.ts): the latest reading's number when they connect, then each new one.
  const listeners = new Set<ServerResponse>();
  const tell = (res: ServerResponse) => res.write(`data: ${state.generation}\n\n`);
  const readings: Connect.NextHandleFunction = (req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    tell(res);
    listeners.add(res);
    req.on('close', () => listeners.delete(res));
  };
  setInterval(() => { for (const res of listeners) res.write(': still here\n\n'); }, 15_000).unref();

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
    server.watcher.emit('change', refreshRoutes);
    state = setPreviewState({ problems: reading.problems, ...(reading.failure ? { failure: reading.failure } : {}) });
    const what = changed.length === 1 ? changed[0]!.replace(`${process.cwd()}${sep}`, '') : `${changed.length} files`;
    logger.info(`${what} changed: read again in ${(reading.ms / 1000).toFixed(1)} s.`);
    console.log(changeReport(last, reading));
    last = reading;
    for (const res of listeners) tell(res);
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

  const feedback = await devFeedback();
  const handle: Connect.NextHandleFunction = (req, res, next) => {
    const path = req.url?.split('?')[0] ?? '';
    if (path === READINGS_PATH) readings(req, res, next);
    else if (/^\/api\/(?:feedback|engagement)(?:\/|$)/.test(path)) void feedback(req, res);
    else next();
  };
  // First in line, as on `npm start`: Astro's own dev middleware (installed after this hook) would answer these
  // addresses, which have no trailing slash, with its trailing-slash 404.
  const install = () => server.middlewares.stack.unshift({ route: '', handle });
  if (server.httpServer?.listening) install();
  else server.httpServer?.once('listening', install);
}

/** `/api/feedback` and `/api/engagement` on the dev server, through the Node adapter `npm start` uses. */
async function devFeedback(): Promise<(req: IncomingMessage, res: ServerResponse) => Promise<void>> {
  const app = new Hono();
  // Pages are rendered on request here, so the error page a form post without JavaScript gets is fetched from the dev server.
  await mountFeedback(app, process.env, { languagePrefixes: getSite().languages.slice(1), errorPage: fetchErrorPages({ ttlMs: 0 }) });
  return getRequestListener(app.fetch);
}
