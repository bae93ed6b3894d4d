/**
 * Hostile requests (issue 12), each reproduced on the function before its fix: forged X-Forwarded-For entries,
 * field names that are Object.prototype properties, out-of-range dates, a forged Host header, and compressed bodies.
 */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { forwardedClient, trustedHops } from '../../../src/functions/client-address.ts';
import { mountFeedback } from '../../../src/functions/adapters/node.ts';
import { BODY_MESSAGES } from '../../../src/functions/body.ts';
import { allowedOriginsFromEnv } from '../../../src/functions/from-env.ts';
import { HANDLER_MESSAGES } from '../../../src/functions/handler.ts';
import { MESSAGES } from '../../../src/functions/schema.ts';
import { createMemoryStore } from './fake-store.ts';
import { adminRequest, jsonPost, makeHandler, ORIGIN, patchRequest } from './helpers.ts';

describe('the client address behind trusted proxies', () => {
  it.each([
    ['203.0.113.9', 1, '203.0.113.9'],
    ['6.6.6.6, 203.0.113.9', 1, '203.0.113.9'],
    ['6.6.6.6, 203.0.113.9, 10.0.0.2', 2, '203.0.113.9'],
    ['203.0.113.9', 2, '203.0.113.9'],
    [' 6.6.6.6 ,  203.0.113.9 ', 1, '203.0.113.9'],
    ['6.6.6.6, ', 1, undefined],
    [null, 1, undefined],
    ['6.6.6.6', 0, undefined],
  ] as const)('X-Forwarded-For %j with %i trusted proxies → %s', (header, hops, client) => {
    expect(forwardedClient(header, hops)).toBe(client);
  });

  it.each([
    [undefined, 0], ['', 0], ['0', 0], ['no', 0], ['false', 0], ['1', 1], ['true', 1], ['YES', 1], ['3', 3],
  ] as const)('FEEDBACK_TRUST_PROXY=%j trusts %i proxies', (raw, hops) => {
    expect(trustedHops(raw)).toBe(hops);
  });

  it('refuses a hop count that is not a number', () => {
    expect(() => trustedHops('first')).toThrow('FEEDBACK_TRUST_PROXY must be the number of proxies in front of the server (0 to 32), received "first".');
  });

  it('limits a client that forges the left of X-Forwarded-For', async () => {
    const app = new Hono();
    await mountFeedback(app, { FEEDBACK_TRUST_PROXY: '1', FEEDBACK_RATE_LIMIT: '10' }, { store: createMemoryStore(), logError: () => {} });
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await app.request(jsonPost({ page: '/', useful: 'yes' }, { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.9` }));
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
  });
});

describe('field names that are Object.prototype properties', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('names the unknown field %s of a staff change', async (key) => {
    const { handler } = makeHandler();
    const { id } = (await (await handler(jsonPost({ page: '/', useful: 'yes' }))).json()) as { id: string };
    const res = await handler(patchRequest(id, `{"status":"closed",${JSON.stringify(key)}:"x"}`));
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(`{"errors":{${JSON.stringify(key)}:"Unknown field."}}`);
  });

  it('names an unknown staff filter called constructor', async () => {
    const { handler } = makeHandler();
    const res = await handler(adminRequest('/api/feedback?constructor=1'));
    expect(res.status).toBe(400);
    expect(await res.text()).toBe('{"errors":{"constructor":"Unknown field."}}');
  });
});

describe('date ranges of the staff list', () => {
  async function seeded() {
    const made = makeHandler();
    await made.handler(jsonPost({ page: '/', useful: 'yes' }));
    return made;
  }
  const pages = async (handler: (r: Request) => Promise<Response>, query: string) =>
    ((await (await handler(adminRequest(`/api/feedback${query}`))).json()) as { items: { page: string }[] }).items.map((i) => i.page);

  it.each([
    ['?to=9999-12-31', ['/']],
    ['?from=1000-01-01&to=9999-12-31', ['/']],
    ['?to=9999-12-31T23:59:59Z', ['/']],
    ['?from=2025-03-01&to=2025-03-01', ['/']],
    ['?from=2025-03-02&to=9999-12-31', []],
  ])('compares %s as dates', async (query, expected) => {
    const { handler } = await seeded();
    expect(await pages(handler, query)).toEqual(expected);
  });

  it.each([
    ['?to=2025-02-31', { to: MESSAGES.date }],
    ['?from=0999-12-31', { from: MESSAGES.date }],
    ['?to=+010000-01-01', { to: MESSAGES.date }],
    ['?from=2025-03-02&to=2025-03-01', { to: 'The end date (to) is before the start date (from).' }],
  ])('refuses %s', async (query, errors) => {
    const { handler } = await seeded();
    const res = await handler(adminRequest(`/api/feedback${query}`));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors });
  });
});

describe('the origin check', () => {
  it('allows only the origin of SITE_URL when it is configured, whatever the Host header says', async () => {
    expect(allowedOriginsFromEnv({ SITE_URL: 'https://sdg.example.org/uk/' })).toEqual(['https://sdg.example.org']);
    expect(allowedOriginsFromEnv({ SITE_URL: 'https://sdg.example.org', FEEDBACK_ALLOWED_ORIGIN: 'https://a.example' })).toEqual(['https://a.example']);
    expect(allowedOriginsFromEnv({})).toBeUndefined();
    expect(() => allowedOriginsFromEnv({ SITE_URL: 'sdg.example.org' })).toThrow('SITE_URL must be an address like https://sdg.example.org, received "sdg.example.org".');
    const { handler } = makeHandler({ allowedOrigin: allowedOriginsFromEnv({ SITE_URL: ORIGIN }) });
    // An attacker's page posting to a server reached under the attacker's host name.
    const forged = new Request('https://evil.example/api/feedback', {
      method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example', host: 'evil.example' },
      body: JSON.stringify({ page: '/', useful: 'yes' }),
    });
    const res = await handler(forged);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ errors: { origin: HANDLER_MESSAGES.origin } });
    expect((await handler(jsonPost({ page: '/', useful: 'yes' }, { origin: ORIGIN }))).status).toBe(201);
  });
});

describe('compressed bodies', () => {
  it.each(['gzip', 'br', 'deflate', 'x-unknown', 'identity, gzip'])('refuses Content-Encoding %s with 415', async (encoding) => {
    const { handler, store } = makeHandler();
    const res = await handler(jsonPost({ page: '/', useful: 'yes' }, { 'content-encoding': encoding }));
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ errors: { body: `Send the body uncompressed: Content-Encoding "${encoding}" is not supported.` }, codes: { body: 'other' } });
    expect(BODY_MESSAGES.contentEncoding(encoding)).toContain(encoding);
    expect(await store.list({ limit: 10 })).toEqual([]);
  });

  it('reads a body sent as identity', async () => {
    const { handler } = makeHandler();
    expect((await handler(jsonPost({ page: '/', useful: 'yes' }, { 'content-encoding': 'identity' }))).status).toBe(201);
  });
});
