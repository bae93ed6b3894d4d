/**
 * Loads the site model before Astro renders a page (build, dev server), so routes can read it synchronously.
 * Under `astro dev` it also starts the editors' preview (src/preview/): live reload on data, metadata, story
 * and concept changes, the problems banner, and the feedback function.
 */
import type { AstroIntegration } from 'astro';
import { prepareSite } from './site-data.ts';

export function sdgData(): AstroIntegration {
  let preview = false;
  return {
    name: 'sdg-data',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        preview = command === 'dev';
        if (preview) addMiddleware({ entrypoint: new URL('../preview/middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': async () => { await prepareSite(); },
      // A build starts a dev server of its own too (outside production mode, e.g. under vitest): no preview there.
      'astro:server:setup': async ({ server, logger }) => {
        if (!preview) {
          await prepareSite();
          return;
        }
        // Loaded only here, so a build never loads the preview's code.
        const { startPreview } = await import('../preview/dev-server.ts');
        await startPreview(server, logger);
      },
    },
  };
}
