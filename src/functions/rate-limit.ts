/**
 * A fixed-window rate limit per client, kept in memory only. Clients are known by a salted
 * SHA-256 hash of their IP address, so the address itself is never kept, not even here.
 */
import { createHash } from 'node:crypto';

export interface RateLimitOptions {
  /** Requests allowed per client per window. */
  max: number;
  /** Window length in milliseconds. */
  windowMs: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  hit(key: string, nowMs: number): RateDecision;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { max: 10, windowMs: 60_000 };

/** The key a client is counted under: never the IP itself. */
export function clientKey(ip: string, salt: string): string {
  return createHash('sha256').update(salt).update('\u0000').update(ip).digest('base64url');
}

export function createRateLimiter({ max, windowMs }: RateLimitOptions): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = 0;
  return {
    hit(key, nowMs) {
      // Drop finished windows now and then so memory stays bounded by recent clients.
      if (nowMs - lastSweep > windowMs) {
        for (const [k, w] of windows) if (nowMs - w.start >= windowMs) windows.delete(k);
        lastSweep = nowMs;
      }
      const current = windows.get(key);
      if (!current || nowMs - current.start >= windowMs) {
        windows.set(key, { start: nowMs, count: 1 });
        return { ok: true };
      }
      if (current.count >= max) {
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((current.start + windowMs - nowMs) / 1000)) };
      }
      current.count += 1;
      return { ok: true };
    },
  };
}
