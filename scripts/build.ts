/**
 * `npm run build`: validate, build the site into a fresh folder, index it for search, then swap it into
 * dist/. A failed step leaves the previous dist/ exactly as it was.
 */
import { build } from 'astro';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { repositoryFromEnv } from '../src/site/config.ts';
import { prepareSite } from '../src/site/site-data.ts';
import { indicatorCount, inputsReport, reportFor } from '../src/site/report.ts';
import { writePngs } from '../src/audiences/media/png-pool.ts';
import { getEditorial } from '../src/site/editorial-data.ts';
import { contentDirs } from '../src/site/content-dirs.ts';
import { formatReport } from '../src/pipeline/problems.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
const started = performance.now();
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const at = repositoryFromEnv(process.env, args.find((a) => !a.startsWith('--')));
process.env['SDG_DATA_DIR'] = at.root;
const site = await prepareSite();
const report = reportFor(site, at.root, { strict });
if (report.errors > 0) {
  console.error(report.text);
  console.error('Build stopped: fix the errors above (dist/ was left as it was).');
  process.exit(1);
}
console.log(`Inputs:\n${inputsReport(site)}`);
console.log(`Validated ${indicatorCount(site)}: ${report.warnings} warnings (run "npm run validate" to list them).`);
// Stories and concepts are checked against the model before Astro runs, so a mistake reads like a data error.
const editorial = getEditorial();
if (editorial.problems.length > 0) {
  console.error(formatReport(editorial.problems));
  console.error('Build stopped: fix the stories or concepts above (dist/ was left as it was).');
  process.exit(1);
}
console.log(`Checked ${editorial.stories.length} stories and ${editorial.concepts.length} concepts.`);
const contentNote = contentDirs().note;
if (contentNote) console.log(contentNote);

const outDir = resolve(process.env['DIST_DIR'] ?? 'dist');
const workDir = resolve('.build');
const tmp = resolve(workDir, `dist-${process.pid}`);
rmSync(tmp, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
try {
  await build({ outDir: tmp, logLevel: process.env['CI'] ? 'warn' : 'info' });
  const pngs = await writePngs(resolve(tmp, 'downloads/charts'));
  console.log(`Chart images: ${pngs} PNGs.`);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Search index: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: tmp });
  if (added.errors.length) throw new Error(`Search index: ${added.errors.join('; ')}`);
  await index.writeFiles({ outputPath: resolve(tmp, 'pagefind') });
  await pagefind.close();
  console.log(`Search index: ${added.page_count} pages.`);
} catch (error) {
  rmSync(tmp, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  console.error('Build failed (dist/ was left as it was).');
  process.exit(1);
}
const old = resolve(workDir, `old-${process.pid}`);
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(tmp, outDir);
rmSync(old, { recursive: true, force: true });
console.log(`Built ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
