/**
 * `npm run dev [path]`: the editors' preview. Serves the site from a data repository (the argument, SDG_DATA_DIR,
 * or the bundled UK data) with Astro's dev server, the project's data loading and the feedback function; a saved
 * change to a CSV, a metadata file, a story or a concept shows on the open page, and problems show in a banner
 * on the page and in this terminal (see src/preview/). `PORT` and `HOST` override http://127.0.0.1:4321.
 */
import { dev } from 'astro';
import { repositoryFromEnv } from '../src/site/config.ts';

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith('--'));
process.env['SDG_DATA_DIR'] = repositoryFromEnv(process.env, path).root;
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

const server = await dev({
  server: { port: Number(process.env['PORT'] ?? 4321), host: process.env['HOST'] ?? '127.0.0.1' },
  // Astro's own notices (a newer version exists, …) are not the editor's business.
  logLevel: process.env['SDG_DEBUG'] ? 'debug' : 'info',
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.stop().finally(() => process.exit(0));
  });
}
