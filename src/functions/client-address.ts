/**
 * The client's address behind trusted proxies. Each proxy appends the address it received the request from to
 * `X-Forwarded-For`, so only the right-most entries were written by proxies we trust; everything to their left came
 * from the client and may be forged. With `hops` trusted proxies in front of the server, the client is the
 * `hops`-th entry from the right (FEEDBACK_TRUST_PROXY=1: the right-most one).
 */

/** FEEDBACK_TRUST_PROXY as a number of trusted proxies: unset, 0, false or no → 0; 1, true or yes → 1; or a count. */
export function trustedHops(raw: string | undefined): number {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '' || value === '0' || value === 'false' || value === 'no') return 0;
  if (value === 'true' || value === 'yes') return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 32) {
    throw new Error(`FEEDBACK_TRUST_PROXY must be the number of proxies in front of the server (0 to 32), received "${raw}".`);
  }
  return n;
}

/**
 * The address `hops` trusted proxies vouch for, from the `X-Forwarded-For` header (repeated headers arrive joined
 * by commas); undefined when there are no trusted proxies or no usable entry. With fewer entries than proxies, the
 * left-most entry is the farthest any proxy saw.
 */
export function forwardedClient(header: string | null | undefined, hops: number): string | undefined {
  if (hops <= 0 || !header) return undefined;
  const entries = header.split(',').map((s) => s.trim());
  const entry = entries[Math.max(0, entries.length - hops)];
  return entry ? entry : undefined;
}
