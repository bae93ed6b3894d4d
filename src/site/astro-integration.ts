/** Loads the site model before Astro renders a page (build, dev server), so routes can read it synchronously. */
import type { AstroIntegration } from 'astro';
import { prepareSite } from './site-data.ts';

export function sdgData(): AstroIntegration {
  return {
    name: 'sdg-data',
    hooks: {
      'astro:build:start': async () => { await prepareSite(); },
      'astro:server:setup': async () => { await prepareSite(); },
    },
  };
}
