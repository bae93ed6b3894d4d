// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { sdgData } from './src/site/astro-integration.ts';
import { LOCAL_SITE_URL } from './src/site/site-url.ts';

export default defineConfig({
  site: process.env.SITE_URL || LOCAL_SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [mdx(), sdgData()],
  vite: { build: { assetsInlineLimit: 0 } },
});
