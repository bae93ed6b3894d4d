/** Shared test helpers: a handler wired to fakes, and request builders. */
import { createFeedbackHandler, type FeedbackHandlerOptions } from '../../../src/functions/handler.ts';
import type { FeedbackStore } from '../../../src/functions/store/types.ts';
import { createMemoryStore } from './fake-store.ts';

export const ORIGIN = 'https://sdg.example.org';
export const TOKEN = 'staff-token-for-tests-0123456789';
export const START = new Date('2025-03-01T12:00:00.000Z');

export function makeHandler(overrides: Partial<FeedbackHandlerOptions> & { store?: FeedbackStore } = {}) {
  const store = overrides.store ?? createMemoryStore();
  const clock = { now: new Date(START) };
  let n = 0;
  const handler = createFeedbackHandler({
    adminToken: TOKEN,
    salt: 'test-salt',
    allowedOrigin: ORIGIN,
    now: () => new Date(clock.now),
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    clientIp: (r) => r.headers.get('x-test-ip') ?? '203.0.113.7',
    logError: () => {},
    ...overrides,
    store,
  });
  /** Moves the fixed clock on. */
  const tick = (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms);
  };
  return { handler, store, clock, tick };
}

export function jsonPost(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function formPost(fields: Record<string, string>, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

export function adminRequest(path: string, init: RequestInit & { token?: string | null } = {}): Request {
  const { token = TOKEN, headers, ...rest } = init;
  return new Request(`${ORIGIN}${path}`, {
    ...rest,
    headers: { ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...(headers as Record<string, string>) },
  });
}

export function patchRequest(id: string, body: unknown, token: string | null = TOKEN): Request {
  return adminRequest(`/api/feedback/${id}`, {
    method: 'PATCH',
    token,
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const VALID = { page: '/1-2-1/', useful: 'no', doing: 'Find the latest value', problem: 'The chart has no 2024 data', group: 'researcher' };
