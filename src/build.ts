/**
 * The whole build: validate, then at once render the pages (Astro, on the main thread) and make every
 * per-indicator file and all.zip (worker threads, src/build/file-writer.ts); index the pages for search while the
 * workers finish; write the sitemap and host rules, compress, then swap the result into the output folder. A failed
 * step leaves the previous output exactly as it was. What did not change since the last build comes from the build
 * cache (src/build/cache.ts). The logger is passed in, so a test can build a fixture repository in-process and read
 * what was said; `profile` prints where the time went (phases, CPU, peak memory, each language).
 */
import { build as astroBuild } from 'astro';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { audienceConfig } from './audiences/config.ts';
import { writeSitemap } from './site/sitemap.ts';
import { writeSdmxTree } from './site/sdmx-files.ts';
import { precompress } from './server/precompress.ts';
import { writeHostRules } from './server/headers.ts';
import { formatReport } from './pipeline/problems.ts';
import { contentDirs } from './site/content-dirs.ts';
import { getEditorial } from './site/editorial-data.ts';
import { indicatorCount, inputsReport, reportFor, shownRoot } from './site/report.ts';
import { allSites, historyReport, prepareSite } from './site/site-data.ts';
import { siteUrlWarning } from './site/site-url.ts';
import type { RepositoryLocation } from './pipeline/index.ts';
import { BuildCache, cacheDirFromEnv } from './build/cache.ts';
import { writeSiteFiles } from './build/file-writer.ts';
import { BuildProfile, startProfile } from './build/profile.ts';
import { closeSearchIndex, finishSearchIndex, openSearchIndex } from './build/search-index.ts';

export interface BuildLog {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

export interface BuildOptions {
  at: RepositoryLocation;
  outDir: string;
  /** Count warnings as errors. */
  strict?: boolean;
  /** Astro's own log level. */
  astroLogLevel?: 'info' | 'warn' | 'error' | 'silent';
  log: BuildLog;
  /** Print where the time went (`npm run build -- --profile`). */
  profile?: boolean;
  /** The build cache's folder; undefined: none (`--no-cache`). Default: SDG_CACHE_DIR or `.cache`. */
  cacheDir?: string | undefined;
}

/** Moves every file under `from` into the same place under `to` (folders that are not there yet move whole). */
function mergeInto(from: string, to: string): void {
  if (!existsSync(from)) return;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory() && existsSync(target)) mergeInto(source, target);
    else {
      mkdirSync(to, { recursive: true });
      renameSync(source, target);
    }
  }
}

/** HTML files under `dir`. */
function htmlCount(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

export async function buildSite(opts: BuildOptions): Promise<{ ok: boolean }> {
  const { at, log } = opts;
  const profile = startProfile();
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  process.env['SDG_DATA_DIR'] = at.root;
  // Per-indicator files are written by the build's workers, not by Astro (the dev server still serves them).
  process.env['SDG_FILES_OUTSIDE_ASTRO'] = '1';
  const site = await prepareSite({ time: (step, fn) => profile.phase(step, fn) });
  const report = reportFor(site, at.root, { strict: opts.strict ?? false });
  const outDir = resolve(opts.outDir);
  if (report.errors > 0) {
    log.error(report.text);
    log.error(`Build stopped: fix the errors above (${shownRoot(outDir)} was left as it was).`);
    return { ok: false };
  }
  log.info(`Inputs:\n${inputsReport(site)}`);
  log.info(`Validated ${indicatorCount(site)}: ${report.warnings} warnings (run "npm run validate" to list them).`);
  const history = historyReport();
  if (history) log.info(history);
  // Stories and concepts are checked against the model before Astro runs, so a mistake reads like a data error.
  const editorial = await profile.phase('stories and concepts', () => getEditorial());
  if (editorial.problems.length > 0) {
    log.error(formatReport(editorial.problems));
    log.error(`Build stopped: fix the stories or concepts above (${shownRoot(outDir)} was left as it was).`);
    return { ok: false };
  }
  log.info(`Checked ${editorial.stories.length} stories and ${editorial.concepts.length} concepts.`);
  const contentNote = contentDirs().note;
  if (contentNote) log.info(contentNote);
  const urlWarning = siteUrlWarning(process.env);
  if (urlWarning) log.warn(urlWarning);

  const workDir = resolve('.build');
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = resolve(workDir, `dist-${stamp}`);
  // Astro empties its output folder when it starts: the workers write beside it, and their files join it after.
  const staging = resolve(workDir, `files-${stamp}`);
  const cache = new BuildCache('cacheDir' in opts ? opts.cacheDir : cacheDirFromEnv());
  mkdirSync(workDir, { recursive: true });
  try {
    let phase = performance.now();
    const took = () => { const s = ((performance.now() - phase) / 1000).toFixed(1); phase = performance.now(); return `${s} s`; };
    await profile.phase('search index: start Pagefind', () => openSearchIndex());
    let pagesDone: (value?: unknown) => void = () => undefined;
    const rendered = new Promise((resolve) => { pagesDone = resolve; });
    const files = profile.phase('indicator files and all.zip (workers)', () =>
      writeSiteFiles({ sites: allSites(), outDir: staging, cache, generated: new Date().toISOString(), profile, pagesDone: rendered }), 'Astro');
    const pages = profile.phase('Astro: bundle and render pages', () => astroBuild({ outDir: tmp, logLevel: opts.astroLogLevel ?? 'info' }));
    pages.then(pagesDone, pagesDone);
    files.catch(() => undefined);
    const failed = await pages.then(() => undefined, (error: unknown) => error ?? new Error('Astro failed.'));
    // The workers are not left running when Astro failed.
    if (failed) {
      await files.catch(() => undefined);
      throw failed;
    }
    log.info(`Pages (Astro): ${took()}.`);
    // Pagefind indexed each page as it was rendered: what is left is writing the index, while the workers finish.
    const search = profile.phase('search index: write', () => finishSearchIndex(tmp, resolve(tmp, 'pagefind'), htmlCount(tmp)), 'the workers and compression');
    search.catch(() => undefined);
    const made = await files;
    mergeInto(staging, tmp);
    log.info(`Indicator files: ${made.files} files for ${made.made + made.cached} indicator pages in ${allSites().length} language(s), ${made.cached} from the cache; all.zip${made.archives.every((a) => a.cached) ? ' from the cache' : ''}; ${took()}.`);
    if (site.sdmx) {
      const sdmx = await profile.phase('SDMX tree', () => writeSdmxTree(tmp, site.sdmx!));
      log.info(`SDMX (/sdmx/, /downloads/*.sdmx.csv): ${site.sdmx.flows.length} dataflows, ${sdmx.files} files, ${(sdmx.bytes / 1e6).toFixed(1)} MB, ${took()}.`);
    }
    log.info(`Sitemap: ${await profile.phase('sitemap', () => writeSitemap(tmp, audienceConfig.siteUrl, site.languages))} pages, ${took()}.`);
    log.info(`Security headers for static hosts (_headers, vercel.json): ${await profile.phase('host rules', () => writeHostRules(tmp))} inline scripts allowed by hash, ${took()}.`);
    const notSearch = (path: string) => !path.startsWith(resolve(tmp, 'pagefind'));
    const packed = await profile.phase('compressed copies', () => precompress(tmp, 8, { cache, only: notSearch }), 'Pagefind');
    const { pages: pageCount, fromFolder } = await search;
    if (fromFolder) profile.note('search index: the pages rendered and written disagreed, so the folder was indexed instead');
    const packedSearch = await profile.phase('compressed copies of the search index', () => precompress(resolve(tmp, 'pagefind'), 8, { cache }));
    log.info(`Search index: ${pageCount} pages; compressed copies (brotli and gzip) of ${packed.files + packedSearch.files} text files, ${((packed.bytes + packedSearch.bytes) / 1e6).toFixed(1)} MB → ${((packed.brotliBytes + packedSearch.brotliBytes) / 1e6).toFixed(1)} MB brotli (${packed.cached + packedSearch.cached} from the cache), ${took()}.`);
  } catch (error) {
    await closeSearchIndex().catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
    log.error(error instanceof Error ? error.message : String(error));
    log.error(`Build failed (${shownRoot(outDir)} was left as it was).`);
    return { ok: false };
  }
  rmSync(staging, { recursive: true, force: true });
  const old = resolve(workDir, `old-${stamp}`);
  if (existsSync(outDir)) renameSync(outDir, old);
  mkdirSync(resolve(outDir, '..'), { recursive: true });
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
  const pruned = cache.prune();
  if (pruned > 0) profile.note(`${pruned} cache entries unused for a week removed.`);
  profile.note(`cache (${cache.dir ? shownRoot(cache.dir) : 'off'}): ${cache.hits} hits, ${cache.misses} misses in the main thread`);
  if (opts.profile) log.info(profile.report());
  log.info(`Built ${shownRoot(outDir)} in ${(profile.elapsed() / 1000).toFixed(1)} s (peak memory ${(BuildProfile.peakMemory() / 1e6).toFixed(0)} MB${opts.profile ? '' : '; --profile shows where the time went'}).`);
  return { ok: true };
}
