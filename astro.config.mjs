// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { sdgData } from './src/site/astro-integration.ts';

export default defineConfig({
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [mdx(), sdgData()],
  vite: { build: { assetsInlineLimit: 0 } },
});
