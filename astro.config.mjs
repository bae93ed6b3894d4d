// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { sdgData } from './src/site/astro-integration.ts';
import { LOCAL_SITE_URL } from './src/site/site-url.ts';
import { remarkInlineComponents } from './src/editorial/inline-components.ts';

export default defineConfig({
  site: process.env.SITE_URL || LOCAL_SITE_URL,
  trailingSlash: 'always',
  // Stylesheets of 4 KB and more are files every page shares (cached once), not copies inside each page.
  build: { format: 'directory', inlineStylesheets: 'auto' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // A figure or concept written inside a sentence stays in its paragraph (see the plugin).
  integrations: [mdx({ remarkPlugins: [remarkInlineComponents] }), sdgData()],
  vite: { build: { assetsInlineLimit: 0 } },
});
