/**
 * `npm run build [path] [-- --strict]`: builds the site from a data repository (the argument, SDG_DATA_DIR, or
 * the bundled UK data) into DIST_DIR (default dist/). A failed step leaves the previous site as it was.
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
  astroLogLevel: process.env['CI'] ? 'warn' : 'info',
  log: { info: (line) => console.log(line), warn: (line) => console.warn(line), error: (line) => console.error(line) },
});
process.exit(ok ? 0 : 1);
