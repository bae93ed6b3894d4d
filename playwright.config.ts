import { defineConfig } from '@playwright/test';

const PORT = Number(process.env['E2E_PORT'] ?? 4399);

/** End-to-end and accessibility tests against the built site (run `npm run build` first), in Debian's Chromium. */
export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: 'node_modules/.bin/tsx scripts/serve.ts',
    url: `http://127.0.0.1:${PORT}/`,
    // A fresh feedback database per run; a high rate limit because every test posts from 127.0.0.1.
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      FEEDBACK_DB: `.data/e2e-feedback-${process.pid}.db`,
      FEEDBACK_ADMIN_TOKEN: 'e2e-admin-token',
      FEEDBACK_RATE_LIMIT: '1000',
      // Every page the suite opens sends a page view from 127.0.0.1 (the engagement beacon).
      ENGAGEMENT_RATE_LIMIT: '100000',
    },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
