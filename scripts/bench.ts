/**
 * `npm run bench`: the speed and weight figures the project answers to, printed (never asserted), each beside its
 * target and Open SDG's where known. Validate and full build of the bundled UK data (cold, and again with nothing
 * changed, with the build's profile), page count, site size, the JavaScript an indicator page loads before
 * interaction (gzip), the explorer's click-to-usable (desktop and a throttled phone), the feedback function's
 * latency on loopback (at 200 req/s, open loop) and its flat-out throughput, what 8.5.1's first explorer
 * interaction transfers, the engagement beacon's size and the events the function counts a second, and one
 * indicator with a million subnational rows.
 * `npm run bench -- --scale 10`: only how the build grows, 1× against a synthetic repository ten times the UK's
 * (see bench-scale.ts), and the million-row indicator.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchFeedback, feedbackRows } from './bench-feedback.ts';
import { benchEngagement } from './bench-engagement.ts';
import { chartRows } from './bench-charts.ts';
import { explorerRows } from './bench-explorer.ts';
import { millionRows, scaleRows, timedBuild } from './bench-scale.ts';

const run = (label: string, args: string[], env: Record<string, string> = {}) => {
  const started = performance.now();
  const result = spawnSync('node_modules/.bin/tsx', args, { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: '1', ...env } });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${label} failed:\n${result.stdout}\n${result.stderr}`);
  return seconds;
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Scripts an HTML page runs on load: external files it names, and inline code. */
function jsBeforeInteraction(htmlFile: string, dist: string): { bytes: number; gzip: number; files: string[] } {
  const html = readFileSync(htmlFile, 'utf8');
  const parts: string[] = [];
  const files: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1]!)?.[1];
    if (/type="application\/(ld\+)?json"/.test(m[1]!)) continue;
    if (src) {
      files.push(src);
      parts.push(readFileSync(join(dist, src.split('?')[0]!), 'utf8'));
    } else parts.push(m[2]!);
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) {
    files.push(m[1]!);
    parts.push(readFileSync(join(dist, m[1]!), 'utf8'));
  }
  const all = parts.join('\n');
  return { bytes: Buffer.byteLength(all), gzip: gzipSync(all, { level: 9 }).length, files };
}

const args = process.argv.slice(2);
const scaleAt = args.indexOf('--scale');
const print = (rows: [string, string, string][]) => {
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value}${note ? `   (${note})` : ''}`);
};
if (scaleAt >= 0) {
  const scale = Number(args[scaleAt + 1] ?? 10);
  print([...scaleRows(scale), ...millionRows()]);
  process.exit(0);
}

const validate = run('validate', ['scripts/validate.ts']);
// Cold (nothing cached), then again with nothing changed, into dist/ (the rows below read it); the cache is a
// folder of its own, so neither reads what earlier builds left.
const cacheDir = join(tmpdir(), `bench-cache-${process.pid}`);
const cold = timedBuild('data/uk');
run('build (fills the cache)', ['scripts/build.ts'], { SDG_CACHE_DIR: cacheDir });
const warmStarted = performance.now();
const warmRun = spawnSync('node_modules/.bin/tsx', ['scripts/build.ts', '--profile'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: '1', SDG_CACHE_DIR: cacheDir } });
const warm = (performance.now() - warmStarted) / 1000;
if (warmRun.status !== 0) throw new Error(`build failed:\n${warmRun.stdout}\n${warmRun.stderr}`);
rmSync(cacheDir, { recursive: true, force: true });
const build = cold.seconds;
/** The same data in three languages (Arabic among them), into a folder of its own. */
const multi = timedBuild('data/uk', { SDG_LANGUAGES: 'en,fr,ar' });
const build3 = multi.seconds;
const multiSize = multi.sizeMb * 1e6;
/** The profile's per-language lines of the three-language build (page renders, indicator files, models). */
const perLanguage = multi.profile.split('\n').filter((l) => /^\s+(Astro page renders|indicator files: (poster|JSON|tidy)|model \()/.test(l)).map((l) => l.trim());
/** The two real national repositories in ../shared/datasets, as they are (not bundled; skipped where absent). */
const shared = [process.env['SDG_SHARED_DATASETS'], '../shared/datasets', '/work/shared/datasets'].find((p) => p && existsSync(`${p}/kazakhstan`));
const national = ['kazakhstan', 'kyrgyzstan'].filter(() => shared).map((name) => {
  const env = { SDG_DATA_DIR: `${shared}/${name}`, DIST_DIR: join(tmpdir(), `bench-${name}-${process.pid}`) };
  const row = { name, validate: run(`validate ${name}`, ['scripts/validate.ts'], env), build: timedBuild(env.SDG_DATA_DIR).seconds };
  rmSync(env.DIST_DIR, { recursive: true, force: true });
  return row;
});
const compressedCopy = (f: string) => f.endsWith('.br') || f.endsWith('.gz');
const allFiles = walk('dist');
const files = allFiles.filter((f) => !compressedCopy(f));
const copies = allFiles.filter(compressedCopy).reduce((sum, f) => sum + statSync(f).size, 0);
const pages = files.filter((f) => f.endsWith('.html')).length;
const size = files.reduce((sum, f) => sum + statSync(f).size, 0);
const page = (id: string) => jsBeforeInteraction(`dist/indicators/${id}/index.html`, 'dist');
const js = page('1-2-1');
/** The engagement beacon (EngagementBeacon.astro), as the home page carries it. */
const beacon = /<script\b[^>]*data-sdg-api[^>]*>([\s\S]*?)<\/script>/.exec(readFileSync('dist/index.html', 'utf8'))?.[1] ?? '';
const largest = statSync('dist/indicators/8-5-1/index.html').size;
const researcher = statSync('dist/indicators/8-5-1/data/index.html').size;
const zipSize = statSync('dist/downloads/all.zip').size;
const chartImages = files.filter((f) => f.includes('/downloads/charts/')).reduce((sum, f) => sum + statSync(f).size, 0);
const feedback = await benchFeedback();
const engagement = await benchEngagement();
const explorer = await explorerRows('dist');

const rows: [string, string, string][] = [
  ['validate (bundled UK data)', `${validate.toFixed(1)} s`, 'Open SDG: part of its 81.5 s build'],
  ['full build, cold (nothing cached)', `${build.toFixed(1)} s, ${cold.cpu.toFixed(0)} CPU s (${cold.mainCpu.toFixed(0)} on the main thread), peak memory ${cold.peakMb} MB`, 'target ≤ 16 s on 2 cores; Open SDG: 81.5 s'],
  ['full build, nothing changed (from the build cache)', `${warm.toFixed(1)} s`, 'target ≤ 16 s on 2 cores; Open SDG: 81.5 s (no cache)'],
  ...national.flatMap((n): [string, string, string][] => [
    [`validate (${n.name}, ../shared/datasets)`, `${n.validate.toFixed(1)} s`, ''],
    [`full build (${n.name}), cold`, `${n.build.toFixed(1)} s`, 'before this work: 84 s'],
  ]),
  ['full build in 3 languages (en, fr, ar), cold', `${build3.toFixed(1)} s, peak memory ${multi.peakMb} MB; each added language ${((build3 - build) / 2).toFixed(1)} s, ${(((build3 - build) / 2 / build) * 100).toFixed(0)}% of the first`, 'aim: each added language < 60% of the first; before this work: 123 s'],
  ...perLanguage.map((l): [string, string, string] => [`  … ${l.slice(0, l.indexOf(':') > 0 ? l.indexOf(':') : l.length)}`, l.slice(l.indexOf(':') + 1).trim(), 'CPU s per language (count)']),
  ['site size in 3 languages', `${(multiSize / 1e6).toFixed(1)} MB`, ''],
  ['pages', String(pages), ''],
  ['site size (dist/)', `${(size / 1e6).toFixed(1)} MB`, 'target ≤ 60 MB, aim ≤ 50 MB; Open SDG: 505 MB; brotli and gzip copies not counted'],
  ['compressed copies (.br and .gz, for npm start)', `${(copies / 1e6).toFixed(1)} MB`, ''],
  ['indicator page JS before interaction (1.2.1)', `${(js.gzip / 1024).toFixed(1)} KB gzip (${js.bytes} B raw, ${js.files.length} files)`, 'target ≤ 25 KB gzip; Open SDG ~313 KB JS+CSS'],
  ['engagement beacon (inline, every page)', `${Buffer.byteLength(beacon)} B raw, ${gzipSync(beacon, { level: 9 }).length} B gzip`, 'counted in the line above; aim: a few hundred bytes'],
  ['indicator page HTML, 8.5.1 (largest data)', `${(largest / 1024).toFixed(0)} KB`, ''],
  ['researcher page HTML, 8.5.1 (/indicators/8-5-1/data/)', `${(researcher / 1024).toFixed(0)} KB`, 'target < 500 KB (issue 3)'],
  ['downloads/all.zip', `${(zipSize / 1e6).toFixed(1)} MB`, 'every CSV, tidy CSV and metadata file + SHA-256 manifest'],
  ['chart images (PNG and SVG, 1200×675 and 800×600)', `${(chartImages / 1e6).toFixed(1)} MB`, ''],
  ...chartRows('dist'),
  ...explorer,
  ...feedbackRows(feedback),
  ['POST /api/engagement throughput', `${engagement.perSecond.toFixed(0)} events/s`, `${engagement.n} events from ${engagement.clients} clients on loopback, ${engagement.counted} counted; the suite's load test asks for 10 000 in 60 s (167/s)`],
];
print([...rows, ...millionRows()]);
console.log(`\nThe cold build's profile:\n${cold.profile}`);
console.log(`\nWith nothing changed:\n${warmRun.stdout.slice(warmRun.stdout.indexOf('Build profile'))}`);
