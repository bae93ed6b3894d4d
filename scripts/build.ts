/**
 * `npm run build [path] [-- --strict] [--profile] [--no-cache]`: builds the site from a data repository (the
 * argument, SDG_DATA_DIR, or the bundled UK data) into DIST_DIR (default dist/). A failed step leaves the previous
 * site as it was. `--profile` prints where the time went; `--no-cache` makes everything afresh (the cache in .cache/,
 * or SDG_CACHE_DIR, is then neither read nor written).
 */
import { buildSite } from '../src/build.ts';
import { repositoryFromEnv } from '../src/site/config.ts';
import { exitOnCrash } from '../src/site/report.ts';

exitOnCrash('The build');
const args = process.argv.slice(2);
const { ok } = await buildSite({
  at: repositoryFromEnv(process.env, args.find((a) => !a.startsWith('--'))),
  outDir: process.env['DIST_DIR'] ?? 'dist',
  strict: args.includes('--strict'),
  profile: args.includes('--profile'),
  ...(args.includes('--no-cache') ? { cacheDir: undefined } : {}),
  astroLogLevel: process.env['CI'] ? 'warn' : 'info',
  log: { info: (line) => console.log(line), warn: (line) => console.warn(line), error: (line) => console.error(line) },
});
process.exit(ok ? 0 : 1);
