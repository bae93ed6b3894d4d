/**
 * The engagement routes through the real handler, on the in-memory store: events become counters (never rows of
 * events), the rate limit of its own and the dropped counter, Do-Not-Track, the staff summary and CSV, the public
 * monthly totals, and cross-origin use from a static host.
 */
import { describe, expect, it } from 'vitest';
import { ENGAGEMENT_MESSAGES, EVENT_MAX_BYTES } from '../../../src/functions/engagement/routes.ts';
import { createCounterBuffer } from '../../../src/functions/engagement/counter-buffer.ts';
import { ADMIN_MESSAGES } from '../../../src/functions/admin.ts';
import { MESSAGES } from '../../../src/functions/schema.ts';
import type { CounterRow } from '../../../src/functions/store/engagement-types.ts';
import { createLazyFeedbackHandler, handlerOptionsFromEnv, searchRetentionDaysFromEnv } from '../../../src/functions/from-env.ts';
import { createMemoryStore } from './fake-store.ts';
import { adminRequest, formPost, makeHandler, ORIGIN, TOKEN } from './helpers.ts';

const DAY = 86_400_000;

function event(fields: Record<string, string>, headers: Record<string, string> = {}): Request {
  const request = formPost(fields, headers);
  return new Request(`${ORIGIN}/api/engagement`, { method: 'POST', headers: request.headers, body: new URLSearchParams(fields).toString() });
}

function setup(overrides: Parameters<typeof makeHandler>[0] = {}) {
  const store = createMemoryStore();
  const ctx = makeHandler({ store, ...overrides });
  const order = (r: CounterRow) => [r.day, r.kind, r.key].join('\u0000');
  const counters = () => [...store.engagement.counters.values()].map((r) => ({ ...r })).sort((a, b) => (order(a) < order(b) ? -1 : 1));
  return { ...ctx, store, counters };
}

describe('POST /api/engagement', () => {
  it('adds one to the counter of the day, kind and key, and keeps nothing else', async () => {
    const { handler, counters, tick } = setup();
    const sent = [
      { kind: 'view', path: '/indicators/1-2-1/' },
      { kind: 'view', path: '/indicators/1-2-1/' },
      { kind: 'view', path: '/' },
      { kind: 'download', path: '/downloads/indicator_1-2-1.csv' },
      { kind: 'search', query: 'Gender  pay gap', found: 'yes' },
      { kind: 'search', query: 'gender pay gap', found: 'yes' },
      { kind: 'search', query: 'zzzz', found: 'no' },
      { kind: 'explorer', indicator: '1-2-1', view: 'table' },
      { kind: 'embed', origin: 'https://news.example.org' },
    ];
    for (const fields of sent) {
      const res = await handler(event(fields, { 'x-test-ip': '198.51.100.1', 'user-agent': 'Mozilla/5.0 Jane' }));
      expect(res.status).toBe(204);
      expect(await res.text()).toBe('');
    }
    tick(DAY);
    expect((await handler(event({ kind: 'view', path: '/' }))).status).toBe(204);
    expect(counters()).toEqual([
      { day: '2025-03-01', kind: 'download', key: '/downloads/indicator_1-2-1.csv', count: 1 },
      { day: '2025-03-01', kind: 'embed', key: 'https://news.example.org', count: 1 },
      { day: '2025-03-01', kind: 'explorer', key: '1-2-1:table', count: 1 },
      { day: '2025-03-01', kind: 'search', key: 'gender pay gap', count: 2 },
      { day: '2025-03-01', kind: 'search-empty', key: 'zzzz', count: 1 },
      { day: '2025-03-01', kind: 'view', key: '/', count: 1 },
      { day: '2025-03-01', kind: 'view', key: '/indicators/1-2-1/', count: 2 },
      { day: '2025-03-02', kind: 'view', key: '/', count: 1 },
    ]);
    // Neither the address, the browser nor anything else of the request is kept anywhere.
    const everything = JSON.stringify(counters());
    for (const secret of ['198.51.100.1', 'Mozilla', 'Jane']) expect(everything).not.toContain(secret);
  });

  it('accepts JSON too', async () => {
    const { handler, counters } = setup();
    const res = await handler(new Request(`${ORIGIN}/api/engagement`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'view', path: '/status/' }) }));
    expect(res.status).toBe(204);
    expect(counters()).toEqual([{ day: '2025-03-01', kind: 'view', key: '/status/', count: 1 }]);
  });

  it('counts nothing when the browser asks not to be tracked (DNT or Global Privacy Control)', async () => {
    const { handler, counters } = setup();
    expect((await handler(event({ kind: 'view', path: '/' }, { dnt: '1' }))).status).toBe(204);
    expect((await handler(event({ kind: 'view', path: '/' }, { 'sec-gpc': '1' }))).status).toBe(204);
    expect(counters()).toEqual([]);
  });

  it('refuses a bad event, says why, and counts it as dropped', async () => {
    const { handler, counters } = setup();
    const bad = await handler(event({ kind: 'view', path: 'https://evil.example/' }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ errors: { path: MESSAGES.pageShape } });
    const type = await handler(new Request(`${ORIGIN}/api/engagement`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'kind=view&path=/' }));
    expect(type.status).toBe(415);
    expect(await type.json()).toEqual({ errors: { body: ENGAGEMENT_MESSAGES.contentType } });
    const big = await handler(event({ kind: 'search', query: 'a'.repeat(EVENT_MAX_BYTES), found: 'no' }));
    expect(big.status).toBe(413);
    const array = await handler(new Request(`${ORIGIN}/api/engagement`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' }));
    expect(array.status).toBe(400);
    expect(await array.json()).toEqual({ errors: { body: ENGAGEMENT_MESSAGES.notObject } });
    await handler.drain();
    expect(counters()).toEqual([{ day: '2025-03-01', kind: 'dropped', key: 'invalid', count: 4 }]);
  });

  it('has a rate limit of its own, per client, and counts what it drops', async () => {
    const { handler, counters, tick } = setup({ eventRateLimit: { max: 120, windowMs: 60_000 }, rateLimit: { max: 1, windowMs: 60_000 } });
    const from = (ip: string) => event({ kind: 'view', path: '/' }, { 'x-test-ip': ip });
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++) statuses.push((await handler(from('203.0.113.1'))).status);
    expect(statuses.filter((s) => s === 204)).toHaveLength(120);
    const limited = await handler(from('203.0.113.1'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(await limited.json()).toEqual({ errors: { body: ENGAGEMENT_MESSAGES.rateLimited } });
    // Another client is counted apart; the feedback limit (1 a minute) is not the events' limit.
    expect((await handler(from('203.0.113.2'))).status).toBe(204);
    tick(60_000);
    expect((await handler(from('203.0.113.1'))).status).toBe(204);
    await handler.drain();
    expect(counters()).toEqual([
      { day: '2025-03-01', kind: 'dropped', key: 'rate-limit', count: 6 },
      { day: '2025-03-01', kind: 'view', key: '/', count: 122 },
    ]);
  });

  it('allows at least 120 events a minute per client by default', async () => {
    const { handler } = setup({ eventRateLimit: undefined });
    for (let i = 0; i < 120; i++) expect((await handler(event({ kind: 'view', path: `/p${i}/` }))).status).toBe(204);
  });

  it('answers 500 when the database fails, and records how many events were lost', async () => {
    const store = createMemoryStore();
    let fail = true;
    const add = store.engagement.add.bind(store.engagement);
    store.engagement.add = async (rows) => {
      if (fail) throw new Error('disk full');
      return add(rows);
    };
    const { handler } = makeHandler({ store });
    const [a, b] = await Promise.all([handler(event({ kind: 'view', path: '/a/' })), handler(event({ kind: 'view', path: '/b/' }))]);
    expect([a.status, b.status]).toEqual([500, 500]);
    expect(await a.json()).toEqual({ errors: { server: ENGAGEMENT_MESSAGES.server } });
    fail = false;
    expect((await handler(event({ kind: 'view', path: '/c/' }))).status).toBe(204);
    expect([...store.engagement.counters.values()].sort((x, y) => (x.key < y.key ? -1 : 1))).toEqual([
      { day: '2025-03-01', kind: 'view', key: '/c/', count: 1 },
      { day: '2025-03-01', kind: 'dropped', key: 'storage', count: 2 },
    ].sort((x, y) => (x.key < y.key ? -1 : 1)));
  });

  it('refuses other methods and paths', async () => {
    const { handler } = setup();
    const put = await handler(new Request(`${ORIGIN}/api/engagement`, { method: 'PUT' }));
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST');
    expect((await handler(new Request(`${ORIGIN}/api/engagement/public`, { method: 'POST' }))).status).toBe(405);
    const other = await handler(new Request(`${ORIGIN}/api/engagement/raw`));
    expect(other.status).toBe(404);
    expect(await other.json()).toEqual({ errors: { path: ENGAGEMENT_MESSAGES.notFound } });
  });
});

describe('group commit', () => {
  it('writes events arriving together in one transaction, and each waits for its own commit', async () => {
    const writes: CounterRow[][] = [];
    let release: () => void = () => {};
    const buffer = createCounterBuffer(async (rows) => {
      writes.push(rows);
      if (writes.length === 1) await new Promise<void>((r) => (release = r));
    }, { day: () => '2025-03-01' });
    let firstDone = false;
    const first = buffer.add('2025-03-01', 'view', '/').then(() => (firstDone = true));
    await new Promise((r) => setTimeout(r, 20)); // the first write is on its way
    const rest = Array.from({ length: 50 }, (_, i) => buffer.add('2025-03-01', 'view', i % 2 ? '/a/' : '/b/'));
    await new Promise((r) => setTimeout(r, 20));
    expect([firstDone, writes.length]).toEqual([false, 1]);
    release();
    await Promise.all([first, ...rest]);
    expect(writes).toEqual([
      [{ day: '2025-03-01', kind: 'view', key: '/', count: 1 }],
      [{ day: '2025-03-01', kind: 'view', key: '/b/', count: 25 }, { day: '2025-03-01', kind: 'view', key: '/a/', count: 25 }],
    ]);
  });
});

describe('GET /api/engagement (staff)', () => {
  async function seeded() {
    const ctx = setup();
    const send = (fields: Record<string, string>, n = 1) => Promise.all(Array.from({ length: n }, () => ctx.handler(event(fields))));
    await send({ kind: 'view', path: '/indicators/1-2-1/' }, 5);
    await send({ kind: 'view', path: '/' }, 2);
    await send({ kind: 'download', path: '/downloads/all.zip' }, 3);
    await send({ kind: 'search', query: 'poverty', found: 'yes' }, 2);
    await send({ kind: 'search', query: 'poverty', found: 'no' });
    await send({ kind: 'search', query: '=cmd|calc', found: 'no' }, 2);
    await send({ kind: 'explorer', indicator: '1-2-1', view: 'chart' });
    await send({ kind: 'embed', origin: 'https://news.example.org' });
    await ctx.store.insert({ id: 'f1', createdAt: '2025-03-01T08:00:00.000Z', page: '/indicators/1-2-1/', useful: 'no', doing: null, problem: null, group: null, email: null });
    await ctx.store.insert({ id: 'f2', createdAt: '2025-03-01T09:00:00.000Z', page: '/indicators/1-2-1/', useful: 'yes', doing: null, problem: null, group: null, email: null });
    await ctx.store.insert({ id: 'f3', createdAt: '2025-02-27T09:00:00.000Z', page: '/about/', useful: 'yes', doing: null, problem: null, group: null, email: null });
    ctx.tick(DAY);
    await send({ kind: 'view', path: '/' });
    return ctx;
  }

  it('needs the staff token', async () => {
    const { handler } = setup();
    const res = await handler(adminRequest('/api/engagement', { token: null }));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ errors: { auth: ADMIN_MESSAGES.denied } });
    expect((await handler(adminRequest('/api/engagement', { token: 'wrong' }))).status).toBe(401);
    const off = makeHandler({ adminToken: undefined });
    expect((await off.handler(adminRequest('/api/engagement'))).status).toBe(503);
  });

  it('sums the period: totals, every day, top pages with their feedback, downloads, searches, empty searches, embeds', async () => {
    const { handler } = await seeded();
    const res = await handler(adminRequest('/api/engagement?from=2025-02-27&to=2025-03-02'));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.totals).toEqual({ view: 8, download: 3, search: 2, 'search-empty': 3, explorer: 1, embed: 1, dropped: 0 });
    expect(body.days.map((d: { day: string; view: number }) => [d.day, d.view])).toEqual([['2025-02-27', 0], ['2025-02-28', 0], ['2025-03-01', 7], ['2025-03-02', 1]]);
    expect(body.pages).toEqual([
      { page: '/indicators/1-2-1/', views: 5, answers: 2, usefulRate: 0.5 },
      { page: '/', views: 3, answers: 0, usefulRate: null },
      { page: '/about/', views: 0, answers: 1, usefulRate: 1 },
    ]);
    expect(body.downloads).toEqual([{ key: '/downloads/all.zip', count: 3 }]);
    expect(body.searches).toEqual([{ query: 'poverty', count: 3, empty: 1 }, { query: '=cmd|calc', count: 2, empty: 2 }]);
    expect(body.emptySearches).toEqual([{ key: '=cmd|calc', count: 2 }, { key: 'poverty', count: 1 }]);
    expect(body.explorer).toEqual([{ indicator: '1-2-1', view: 'chart', count: 1 }]);
    expect(body.embeds).toEqual([{ key: 'https://news.example.org', count: 1 }]);
  });

  it('covers the last 30 days by default, and checks its parameters', async () => {
    const { handler } = await seeded();
    const body = await (await handler(adminRequest('/api/engagement'))).json();
    expect([body.from, body.to, body.days.length]).toEqual(['2025-02-01', '2025-03-02', 30]);
    const cases: [string, Record<string, string>][] = [
      ['from=2025-02-30', { from: ENGAGEMENT_MESSAGES.day }],
      ['to=yesterday', { to: ENGAGEMENT_MESSAGES.day }],
      ['from=2025-03-02&to=2025-03-01', { to: MESSAGES.dateRange }],
      ['from=2000-01-01&to=2025-01-01', { from: ENGAGEMENT_MESSAGES.range }],
      ['top=0', { top: ENGAGEMENT_MESSAGES.top }],
      ['format=xml', { format: MESSAGES.format }],
      ['ip=1', { ip: MESSAGES.unknownField }],
    ];
    for (const [query, errors] of cases) {
      const res = await handler(adminRequest(`/api/engagement?${query}`));
      expect(res.status, query).toBe(400);
      expect(await res.json(), query).toEqual({ errors });
    }
  });

  it('exports every counter of the period as CSV, formulas defused', async () => {
    const { handler } = await seeded();
    const res = await handler(adminRequest('/api/engagement?from=2025-03-01&to=2025-03-01&format=csv'));
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="engagement-2025-03-01-to-2025-03-01.csv"');
    expect(await res.text()).toBe([
      'day,kind,key,count',
      '2025-03-01,download,/downloads/all.zip,3',
      '2025-03-01,embed,https://news.example.org,1',
      '2025-03-01,explorer,1-2-1:chart,1',
      '2025-03-01,search,poverty,2',
      `2025-03-01,search-empty,"'=cmd|calc",2`,
      '2025-03-01,search-empty,poverty,1',
      '2025-03-01,view,/indicators/1-2-1/,5',
      '2025-03-01,view,/,2',
      '',
    ].join('\r\n'));
  });
});

describe('GET /api/engagement/public', () => {
  it('gives monthly totals without search words or drops, readable from any site', async () => {
    const ctx = setup();
    await ctx.store.engagement.add([
      { day: '2025-01-15', kind: 'view', key: '/', count: 40 },
      { day: '2025-01-15', kind: 'search-empty', key: 'jane doe', count: 2 },
      { day: '2025-02-01', kind: 'view', key: '/status/', count: 7 },
      { day: '2025-02-01', kind: 'search', key: 'poverty', count: 3 },
      { day: '2025-02-01', kind: 'dropped', key: 'rate-limit', count: 99 },
      { day: '2025-03-01', kind: 'download', key: '/downloads/all.zip', count: 1 },
    ]);
    const res = await ctx.handler(new Request(`${ORIGIN}/api/engagement/public`));
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    const text = await res.text();
    expect(text).not.toContain('jane');
    expect(text).not.toContain('poverty');
    expect(JSON.parse(text)).toEqual({
      updated: '2025-03-01',
      months: [
        { month: '2025-01', complete: true, views: 40, downloads: 0, searches: 2, explorer: 0, embeds: 0 },
        { month: '2025-02', complete: true, views: 7, downloads: 0, searches: 3, explorer: 0, embeds: 0 },
        { month: '2025-03', complete: false, views: 0, downloads: 1, searches: 0, explorer: 0, embeds: 0 },
      ],
    });
    const csv = await ctx.handler(new Request(`${ORIGIN}/api/engagement/public?format=csv`));
    expect(await csv.text()).toBe('month,complete,views,downloads,searches,explorer,embeds\n2025-01,true,40,0,2,0,0\n2025-02,true,7,0,3,0,0\n2025-03,false,0,1,0,0,0\n');
  });
});

describe('a site on another origin (a static host, the function elsewhere)', () => {
  const SITE = 'https://sdg.example.org';
  const FUNCTION = 'https://fn.example.net';

  it('passes the browser’s preflight and lets the site read answers; other sites are refused', async () => {
    const { handler } = setup({ allowedOrigin: SITE });
    const preflight = await handler(new Request(`${FUNCTION}/api/feedback`, { method: 'OPTIONS', headers: { origin: SITE, 'access-control-request-method': 'POST' } }));
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
    const beacon = await handler(new Request(`${FUNCTION}/api/engagement`, { method: 'POST', headers: { origin: SITE, 'content-type': 'application/x-www-form-urlencoded' }, body: 'kind=view&path=%2F' }));
    expect(beacon.status).toBe(204);
    const staff = await handler(new Request(`${FUNCTION}/api/engagement`, { headers: { origin: SITE, authorization: `Bearer ${TOKEN}` } }));
    expect(staff.status).toBe(200);
    expect(staff.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(staff.headers.get('vary')).toBe('Origin');
    const evil = await handler(new Request(`${FUNCTION}/api/engagement`, { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, body: 'kind=view&path=%2F' }));
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const evilPreflight = await handler(new Request(`${FUNCTION}/api/feedback`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } }));
    expect(evilPreflight.status).toBe(403);
    expect(evilPreflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends a reader without JavaScript back to the site, never to a path on the function’s host (platform functions)', async () => {
    const { handler } = setup({ allowedOrigin: SITE, siteOrigin: SITE, languagePrefixes: ['fr'] });
    const form = (fields: Record<string, string>) => new Request(`${FUNCTION}/api/feedback`, {
      method: 'POST',
      headers: { origin: SITE, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    const ok = await handler(form({ page: '/fr/goals/1/', useful: 'yes' }));
    expect([ok.status, ok.headers.get('location')]).toEqual([303, `${SITE}/fr/feedback/thanks/`]);
    const bad = await handler(form({ page: '/fr/goals/1/', useful: 'maybe' }));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain(`<a href="${SITE}/fr/goals/1/">`);
    // On the site's own host nothing changes: paths stay relative.
    const same = await handler(new Request(`${SITE}/api/feedback`, { method: 'POST', headers: { origin: SITE, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }, body: 'page=%2F&useful=yes' }));
    expect(same.headers.get('location')).toBe('/feedback/thanks/');
  });

  it('a platform function reads the site’s origin from SITE_URL', async () => {
    const handler = createLazyFeedbackHandler({ SITE_URL: `${SITE}/`, FEEDBACK_ALLOWED_ORIGIN: SITE }, { store: createMemoryStore(), logError: () => {} });
    const res = await handler(new Request(`${FUNCTION}/api/feedback`, { method: 'POST', headers: { origin: SITE, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }, body: 'page=%2F&useful=yes' }));
    expect([res.status, res.headers.get('location')]).toEqual([303, `${SITE}/feedback/thanks/`]);
  });

  it('reads its settings from the environment', () => {
    expect(handlerOptionsFromEnv({ ENGAGEMENT_RATE_LIMIT: '600' })).toMatchObject({ eventRateLimit: { max: 600, windowMs: 60_000 } });
    expect(handlerOptionsFromEnv({}).eventRateLimit).toEqual({ max: 240, windowMs: 60_000 });
    expect(() => handlerOptionsFromEnv({ ENGAGEMENT_RATE_LIMIT: 'lots' })).toThrow('ENGAGEMENT_RATE_LIMIT must be a whole number, received "lots".');
    expect(searchRetentionDaysFromEnv({})).toBe(90);
    expect(searchRetentionDaysFromEnv({ ENGAGEMENT_SEARCH_RETENTION_DAYS: '30' })).toBe(30);
  });

  it('sends no CORS headers to the site’s own origin', async () => {
    const { handler } = setup();
    const res = await handler(new Request(`${ORIGIN}/api/engagement`, { method: 'POST', headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }, body: 'kind=view&path=%2F' }));
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
