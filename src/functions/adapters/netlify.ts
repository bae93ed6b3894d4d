/**
 * Netlify Functions (v2, Web API). Re-export from netlify/functions/feedback.ts:
 *
 *   export { default, config } from '../../src/functions/adapters/netlify.ts';
 *
 * Needs DATABASE_URL (PostgreSQL) or FEEDBACK_DB=libsql://… See docs/feedback.md.
 */
import { assertDurableStorage, createLazyFeedbackHandler } from '../from-env.ts';

/** The part of Netlify's Context this adapter uses (avoids a dependency on @netlify/functions). */
interface NetlifyContext {
  ip?: string;
}

const addresses = new WeakMap<Request, string>();

const handler = createLazyFeedbackHandler(
  () => {
    assertDurableStorage(process.env, 'Netlify');
    return process.env;
  },
  { clientIp: (request) => addresses.get(request) },
);

export default async function feedback(request: Request, context: NetlifyContext): Promise<Response> {
  if (context.ip) addresses.set(request, context.ip);
  return handler(request);
}

export const config = { path: ['/api/feedback', '/api/feedback/*', '/api/engagement', '/api/engagement/*'] };
