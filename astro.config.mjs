// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { sdgData } from './src/site/astro-integration.ts';
import { remarkInlineComponents } from './src/editorial/inline-components.ts';

export default defineConfig({
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // A figure or concept written inside a sentence stays in its paragraph (see the plugin).
  integrations: [mdx({ remarkPlugins: [remarkInlineComponents] }), sdgData()],
  vite: { build: { assetsInlineLimit: 0 } },
});
