/**
 * Vercel Functions (Node.js runtime, Web signature). Re-export from api/feedback.ts:
 *
 *   export { default } from '../src/functions/adapters/vercel.ts';
 *
 * and rewrite the sub-paths to it in vercel.json (a rewrite keeps the URL the browser asked for):
 *
 *   { "rewrites": [{ "source": "/api/feedback/:path*", "destination": "/api/feedback" },
 *                  { "source": "/api/engagement/:path*", "destination": "/api/feedback" },
 *                  { "source": "/api/engagement", "destination": "/api/feedback" }] }
 *
 * Vercel replaces x-real-ip with the connecting address, so it can be trusted there (and only there).
 */
import { assertDurableStorage, createLazyFeedbackHandler } from '../from-env.ts';

const handler = createLazyFeedbackHandler(
  () => {
    assertDurableStorage(process.env, 'Vercel');
    return process.env;
  },
  { clientIp: (request) => request.headers.get('x-real-ip') ?? undefined },
);

export default { fetch: handler };
