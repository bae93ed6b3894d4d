/**
 * Writes every per-indicator file (src/build/indicator-files.ts) of every language, and each language's all.zip,
 * on worker threads, while the main thread renders the pages. Each indicator's files are keyed by a hash of its
 * model (the bytes the worker receives), its language's site settings and the code: unchanged ones are linked
 * from the cache without waking a worker.
 */
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { archiveSources } from '../audiences/researchers/archive-entries.ts';
import { PNG_FONT, PNG_FONT_WIDE } from '../audiences/media/png-fonts.ts';
import { posterFailure } from '../audiences/media/poster-failure.ts';
import type { Indicator, SiteModel } from '../schemas/model.ts';
import { archiveManifest, restoreArchive, type ArchiveResult, type ArchiveSource } from './archive.ts';
import { cacheKey, codeVersion, type BuildCache } from './cache.ts';
import type { FileTasksInit, IndicatorTaskResult } from './file-tasks.ts';
import { ARCHIVE_ONLY, indicatorFiles, PosterError } from './indicator-files.ts';
import { withLanguage } from '../i18n/server.ts';
import { TaskError, WorkerPool } from './pool.ts';
import { bundledWorker } from './worker-bundle.ts';
import { threadSeconds, type BuildProfile } from './profile.ts';

export interface SiteFilesResult {
  /** Indicator-language pairs whose files were made, and those linked from the cache. */
  made: number;
  cached: number;
  files: number;
  archives: ArchiveResult[];
}

/** Settings from the environment that show in the files (permalinks, titles, licence lines). */
const SETTINGS = /^(SITE_|SDG_|PRESS_|BUILD_DATE$|CONTENT_DIR$)/;
const settingsOf = (env: NodeJS.ProcessEnv) => JSON.stringify(Object.entries(env).filter(([k]) => SETTINGS.test(k) && k !== 'SDG_CACHE_DIR' && k !== 'SDG_BUILD_THREADS').sort());

/**
 * The cache key of an indicator's files: its model's JSON, hashed piece by piece (a million observations never
 * become one string), with the language's context.
 */
function modelKey(context: string, ind: Indicator): string {
  const hash = createHash('sha256').update(context);
  const { data, rawData, ...rest } = ind;
  hash.update(JSON.stringify(rest));
  for (const d of [data, rawData]) {
    if (!d) {
      hash.update('-');
      continue;
    }
    const { observations, ...head } = d;
    hash.update(JSON.stringify(head));
    for (let i = 0; i < observations.length; i += 1000) hash.update(JSON.stringify(observations.slice(i, i + 1000)));
  }
  return hash.digest('base64url').slice(0, 40);
}

/** Indicators with more observations than this are made on the main thread (see below). */
const IN_MAIN_THREAD = 200_000;
const observationCount = (ind: Indicator) => (ind.data?.observations.length ?? 0) + (ind.rawData?.observations.length ?? 0);

/** The root of a language's files: the output folder for the default language, `<lang>/` below it otherwise. */
export const languageDir = (outDir: string, sites: readonly SiteModel[], lang: string) => (lang === sites[0]!.lang ? outDir : join(outDir, lang));

export async function writeSiteFiles(opts: {
  sites: readonly SiteModel[];
  outDir: string;
  cache: BuildCache;
  generated: string;
  profile?: BuildProfile | undefined;
  threads?: number;
  /** Settles when the pages are rendered: the largest indicators' files are made on this thread after it. */
  pagesDone?: Promise<unknown>;
}): Promise<SiteFilesResult> {
  const { sites, outDir, cache, profile } = opts;
  const shells = sites.map((s) => ({ ...s, indicators: [], problems: [] }));
  const init: FileTasksInit = { shells, cacheDir: cache.dir };
  // Threads start at the first file the cache does not have (a build with nothing changed starts none).
  let started: WorkerPool | undefined;
  const code = await bundledWorker(new URL('./file-tasks.ts', import.meta.url), cache);
  const pool = () => (started ??= new WorkerPool(code, init, opts.threads));
  const result: SiteFilesResult = { made: 0, cached: 0, files: 0, archives: [] };
  const failures: string[] = [];
  const written = new Map<string, Set<string>>(sites.map((s) => [s.lang, new Set()]));
  try {
    const version = codeVersion();
    const settings = settingsOf(process.env);
    const tasks: Promise<void>[] = [];
    const big: { ind: Indicator; lang: string; defaultLanguage: boolean; key: string; dir: string }[] = [];
    for (const [i, site] of sites.entries()) {
      const lang = site.lang;
      const dir = languageDir(outDir, sites, lang);
      const context = cacheKey(version, settings, JSON.stringify([PNG_FONT, PNG_FONT_WIDE]), lang, String(i === 0), JSON.stringify(shells[i]));
      const mine = written.get(lang)!;
      for (const ind of site.indicators.filter((x) => !x.placeholderHtml)) {
        const started = threadSeconds();
        // The key is made from the JSON of the model, which is the same for the same model in every run; the bytes
        // sent are V8's copy of it (exact, but not the same from run to run: numbers and strings are stored as
        // the engine happened to hold them).
        const key = modelKey(context, ind);
        const restored = cache.restore('indicator-files', key, dir);
        profile?.add('indicator files: keying and cache (main thread)', lang, threadSeconds() - started);
        if (restored) {
          result.cached++;
          result.files += restored.length;
          for (const f of restored) mine.add(f);
          continue;
        }
        if (observationCount(ind) > IN_MAIN_THREAD) {
          big.push({ ind, lang, defaultLanguage: i === 0, key, dir });
          continue;
        }
        await pool().ready();
        const bytes = serialize(ind);
        const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        tasks.push(pool().run<IndicatorTaskResult>({ task: 'indicator', lang, defaultLanguage: i === 0, key, outDir: dir, bytes: buffer }, [buffer]).then(
          (r) => {
            result.made++;
            result.files += r.files.length;
            for (const f of r.files) mine.add(f);
            for (const [kind, s] of r.timings) profile?.add(`indicator files: ${kind}`, lang, s);
          },
          (error: unknown) => {
            const data = error instanceof TaskError ? (error.data as { svg?: string; reason?: string } | undefined) : undefined;
            failures.push(data?.svg ? posterFailure(data.svg, data.reason ?? '') : `${ind.id} (${lang}): ${error instanceof Error ? error.message : String(error)}`);
          },
        ));
      }
    }
    // The largest indicators are made here, one at a time, once the pages are rendered: a worker would need a
    // second copy of a model this size.
    if (big.length > 0) await opts.pagesDone;
    for (const b of big) {
      try {
        const files = await withLanguage(b.lang, () => indicatorFiles(b.ind, b.defaultLanguage, (kind, s) => profile?.add(`indicator files: ${kind}`, b.lang, s)));
        for (const f of cache.store('indicator-files', b.key, files, b.dir)) written.get(b.lang)!.add(f);
        result.made++;
        result.files += files.length;
      } catch (error) {
        failures.push(error instanceof PosterError ? posterFailure(error.svg, error.reason) : `${b.ind.id} (${b.lang}): ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    await Promise.all(tasks);
    if (failures.length > 0) throw new Error(failures.join('\n'));
    // Each language's archive, once its tidy CSV and metadata files are there.
    const root = languageDir(outDir, sites, sites[0]!.lang);
    result.archives = await Promise.all(sites.map(async (site) => {
      const dir = languageDir(outDir, sites, site.lang);
      const mine = written.get(site.lang)!;
      const entries: ArchiveSource[] = archiveSources(site, (f) => mine.has(f)).map((e) =>
        'repo' in e ? { path: e.path, repo: e.repo }
        : 'written' in e ? { path: e.path, file: join(dir, e.written) }
        : { path: e.path, text: e.text() });
      const outFile = join(dir, 'downloads/all.zip');
      const begun = threadSeconds();
      const manifest = archiveManifest(entries);
      if (restoreArchive(manifest.key, outFile, cache)) {
        profile?.add('all.zip (checksums; from the cache)', site.lang, threadSeconds() - begun);
        return { files: manifest.files.length, cached: true, seconds: 0 };
      }
      profile?.add('all.zip (checksums, main thread)', site.lang, threadSeconds() - begun);
      const archive = await pool().run<ArchiveResult>({ task: 'archive', outFile, entries, manifest, generated: opts.generated });
      profile?.add('all.zip (packing)', site.lang, archive.seconds);
      return archive;
    }));
    if (!existsSync(join(root, 'downloads/all.zip'))) throw new Error('all.zip was not written.');
    // What was made for the archives only is not published.
    for (const site of sites) rmSync(join(languageDir(outDir, sites, site.lang), ARCHIVE_ONLY), { recursive: true, force: true });
    return result;
  } finally {
    await started?.close();
  }
}
