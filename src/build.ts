/**
 * The whole build: validate, build the site into a fresh folder, draw the chart PNGs, index it for search,
 * then swap it into the output folder. A failed step leaves the previous output exactly as it was. The
 * logger is passed in, so a test can build a fixture repository in-process and read what was said.
 */
import { build as astroBuild } from 'astro';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { posterFailure, writePngs } from './audiences/media/png-pool.ts';
import { audienceConfig } from './audiences/config.ts';
import { writeSitemap } from './site/sitemap.ts';
import { writeSdmxTree } from './site/sdmx-files.ts';
import { precompress } from './server/precompress.ts';
import { writeHostRules } from './server/headers.ts';
import { formatReport } from './pipeline/problems.ts';
import { contentDirs } from './site/content-dirs.ts';
import { getEditorial } from './site/editorial-data.ts';
import { indicatorCount, inputsReport, reportFor, shownRoot } from './site/report.ts';
import { historyReport, prepareSite } from './site/site-data.ts';
import { siteUrlWarning } from './site/site-url.ts';
import type { RepositoryLocation } from './pipeline/index.ts';

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
}

export async function buildSite(opts: BuildOptions): Promise<{ ok: boolean }> {
  const { at, log } = opts;
  const started = performance.now();
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  process.env['SDG_DATA_DIR'] = at.root;
  const site = await prepareSite();
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
  const editorial = getEditorial();
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
  const tmp = resolve(workDir, `dist-${process.pid}-${Date.now()}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  try {
    let phase = performance.now();
    const took = () => { const s = ((performance.now() - phase) / 1000).toFixed(1); phase = performance.now(); return `${s} s`; };
    await astroBuild({ outDir: tmp, logLevel: opts.astroLogLevel ?? 'info' });
    log.info(`Pages and downloads (Astro): ${took()}.`);
    // Each language has its own posters (titles and labels in that language).
    const chartDirs = site.languages.map((lang, i) => resolve(tmp, i === 0 ? '' : lang, 'downloads/charts'));
    const pngs = await writePngs(chartDirs);
    if (pngs.failed.length > 0) throw new Error(pngs.failed.map((f) => posterFailure(f.svg, f.reason)).join('\n'));
    log.info(`Chart images: ${pngs.written} PNGs${chartDirs.length > 1 ? ` in ${chartDirs.length} languages` : ''}, ${took()}.`);
    log.info(`Sitemap: ${writeSitemap(tmp, audienceConfig.siteUrl, site.languages)} pages, ${took()}.`);
    if (site.sdmx) {
      const sdmx = writeSdmxTree(tmp, site.sdmx);
      log.info(`SDMX (/sdmx/, /downloads/*.sdmx.csv): ${site.sdmx.flows.length} dataflows, ${sdmx.files} files, ${(sdmx.bytes / 1e6).toFixed(1)} MB, ${took()}.`);
    }
    log.info(`Security headers for static hosts (_headers, vercel.json): ${writeHostRules(tmp)} inline scripts allowed by hash, ${took()}.`);
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Search index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: tmp });
    if (added.errors.length) throw new Error(`Search index: ${added.errors.join('; ')}`);
    await index.writeFiles({ outputPath: resolve(tmp, 'pagefind') });
    await pagefind.close();
    log.info(`Search index: ${added.page_count} pages, ${took()}.`);
    const packed = await precompress(tmp);
    log.info(`Compressed copies (brotli and gzip) of ${packed.files} text files, ${(packed.bytes / 1e6).toFixed(1)} MB → ${(packed.brotliBytes / 1e6).toFixed(1)} MB brotli, ${took()}.`);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    log.error(error instanceof Error ? error.message : String(error));
    log.error(`Build failed (${shownRoot(outDir)} was left as it was).`);
    return { ok: false };
  }
  const old = resolve(workDir, `old-${process.pid}-${Date.now()}`);
  if (existsSync(outDir)) renameSync(outDir, old);
  mkdirSync(resolve(outDir, '..'), { recursive: true });
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
  log.info(`Built ${shownRoot(outDir)} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return { ok: true };
}
