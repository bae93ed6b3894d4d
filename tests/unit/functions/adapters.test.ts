/** The platform adapters cannot meet their platforms here; this checks the shared start-up path. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import cloudflare from '../../../src/functions/adapters/cloudflare.ts';
import netlify, { config } from '../../../src/functions/adapters/netlify.ts';
import vercel from '../../../src/functions/adapters/vercel.ts';
import { assertDurableStorage, createLazyFeedbackHandler, handlerOptionsFromEnv } from '../../../src/functions/from-env.ts';
import { jsonPost, VALID } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'feedback-adapters-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('serverless start-up', () => {
  it('refuses a local SQLite file on serverless platforms, with the fix in the message', () => {
    expect(() => assertDurableStorage({}, 'Netlify')).toThrow(
      'On Netlify, set DATABASE_URL to a postgres:// URL, or FEEDBACK_DB to a libsql:// URL (with FEEDBACK_DB_AUTH_TOKEN): a local SQLite file does not survive between invocations.',
    );
    expect(() => assertDurableStorage({ DATABASE_URL: 'postgresql://u@h/db' }, 'Vercel')).not.toThrow();
    expect(() => assertDurableStorage({ FEEDBACK_DB: 'libsql://db.example.turso.io' }, 'Vercel')).not.toThrow();
  });

  it.each([
    ['Netlify', (r: Request) => netlify(r, { ip: '203.0.113.1' })],
    ['Vercel', (r: Request) => vercel.fetch(r)],
    ['Cloudflare', (r: Request) => cloudflare.fetch(r, { FEEDBACK_ADMIN_TOKEN: 'x' })],
  ])('%s answers 503 (not a crash) when storage is not configured', async (_name, call) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const saved = { ...process.env };
    delete process.env['DATABASE_URL'];
    delete process.env['FEEDBACK_DB'];
    try {
      const res = await call(jsonPost(VALID));
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('30');
    } finally {
      process.env = saved;
      vi.restoreAllMocks();
    }
  });

  it('routes Netlify paths to the function', () => {
    expect(config.path).toEqual(['/api/feedback', '/api/feedback/*', '/api/engagement', '/api/engagement/*']);
  });

  it('opens the store on the first request and retries a failed start', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let env: Record<string, string> = { FEEDBACK_DB: join(dir, 'missing-dir-is-a-file\u0000/x.db') };
    const handler = createLazyFeedbackHandler(() => env);
    expect((await handler(jsonPost(VALID))).status).toBe(503);
    env = { FEEDBACK_DB: join(dir, 'lazy.db') };
    expect((await handler(jsonPost(VALID))).status).toBe(201);
    vi.restoreAllMocks();
  });

  it('reads settings from the environment', () => {
    expect(handlerOptionsFromEnv({ FEEDBACK_ALLOWED_ORIGIN: 'https://a.example, https://b.example', FEEDBACK_RATE_LIMIT: '30' })).toMatchObject({
      allowedOrigin: ['https://a.example', 'https://b.example'],
      rateLimit: { max: 30, windowMs: 60_000 },
      adminToken: undefined,
    });
    expect(() => handlerOptionsFromEnv({ FEEDBACK_RATE_LIMIT: 'ten' })).toThrow('FEEDBACK_RATE_LIMIT must be a whole number, received "ten".');
  });
});
