/**
 * Cloudflare Workers (or a Pages Function). Use as the Worker entry point (routes `example.org/api/feedback*` and
 * `example.org/api/engagement*`), with
 * `compatibility_flags = ["nodejs_compat"]` (the handler uses node:crypto) and a cron trigger for
 * email retention. Settings come from Worker variables/secrets (env), not process.env.
 * Cloudflare sets CF-Connecting-IP to the connecting address.
 */
import { assertDurableStorage, createLazyFeedbackHandler, purgeFromEnv, type FeedbackEnv } from '../from-env.ts';
import type { FeedbackHandler } from '../handler.ts';

/** Worker bindings: only the string ones are settings. */
type WorkerEnv = Record<string, unknown>;
interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}

const settings = (env: WorkerEnv): FeedbackEnv =>
  Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

let handler: FeedbackHandler | undefined;

export default {
  fetch(request: Request, env: WorkerEnv): Promise<Response> {
    handler ??= createLazyFeedbackHandler(
      () => {
        assertDurableStorage(settings(env), 'Cloudflare');
        return settings(env);
      },
      { clientIp: (r) => r.headers.get('cf-connecting-ip') ?? undefined },
    );
    return handler(request);
  },
  scheduled(_event: unknown, env: WorkerEnv, ctx: ExecutionContext): void {
    ctx.waitUntil(purgeFromEnv(settings(env)));
  },
};
