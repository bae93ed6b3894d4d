/**
 * Bounded load, in process: 10 000 beacon events within one minute from 100 client addresses, through the Node
 * server's app (Hono routing, security headers, the trusted-proxy X-Forwarded-For handling with
 * FEEDBACK_TRUST_PROXY=1, the default event rate limit) onto SQLite with synchronous=FULL. Every event must be
 * counted exactly once: none dropped, none lost, no 5xx. Sockets are left out (load.test.ts covers them for
 * feedback): on 2 busy cores they, not the function, would set the pace. The addresses are only header text.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/functions/store/sqlite.ts';
import type { FeedbackStore } from '../../../src/functions/store/types.ts';
import { createSiteApp } from '../../../src/server/site-app.ts';
import { makeSiteDir } from './server-process.ts';

const EVENTS = 10_000;
const CLIENTS = 100;
const TOKEN = 'load-token-0123456789abcdef';
const site = makeSiteDir();
let store: FeedbackStore | undefined;

afterAll(async () => {
  await store?.close();
  rmSync(site.root, { recursive: true, force: true });
});

/** The i-th event: mostly page views, and every other kind. */
function eventBody(i: number): string {
  const kinds = [
    { kind: 'view', path: `/indicators/${(i % 17) + 1}-1-1/` },
    { kind: 'view', path: '/' },
    { kind: 'download', path: `/downloads/indicator_${(i % 5) + 1}-1-1.csv` },
    { kind: 'search', query: `poverty ${i % 7}`, found: Math.floor(i / 6) % 3 ? 'yes' : 'no' },
    { kind: 'explorer', indicator: '1-2-1', view: i % 2 ? 'chart' : 'table' },
    { kind: 'embed', origin: 'https://news.example.org' },
  ];
  return new URLSearchParams(kinds[i % kinds.length]).toString();
}

describe('engagement load', () => {
  it(`counts ${EVENTS} events from ${CLIENTS} clients within a minute, none lost`, async () => {
    store = await openSqliteStore(site.db);
    const app = await createSiteApp({ distDir: site.dist, env: { FEEDBACK_ADMIN_TOKEN: TOKEN, FEEDBACK_TRUST_PROXY: '1' }, feedback: { store } });
    const base = 'https://sdg.example.org';
    const statuses = new Map<number, number>();
    // Every client sends its events one after another, all clients at once.
    const perClient = EVENTS / CLIENTS;
    const started = Date.now();
    const worker = async (client: number) => {
      for (let n = 0; n < perClient; n++) {
        const i = n * CLIENTS + client;
        const res = await app.fetch(new Request(`${base}/api/engagement`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            origin: base,
            'x-forwarded-for': `198.51.100.${client}, 203.0.113.${client}`,
          },
          body: eventBody(i),
        }));
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, client) => worker(client)));
    const seconds = (Date.now() - started) / 1000;
    console.log(`engagement load: ${EVENTS} events from ${CLIENTS} clients (${perClient} each) in ${seconds.toFixed(1)} s (${Math.round(EVENTS / seconds)}/s)`, Object.fromEntries(statuses));

    expect(Object.fromEntries(statuses)).toEqual({ 204: EVENTS });
    const summary = await (await app.fetch(new Request(`${base}/api/engagement`, { headers: { authorization: `Bearer ${TOKEN}` } }))).json();
    const { dropped, ...counted } = summary.totals as Record<string, number>;
    expect(dropped).toBe(0);
    expect(Object.values(counted).reduce((a, b) => a + b, 0)).toBe(EVENTS);
    // 10 000 = 6 × 1 666 + 4: the first four kinds of the cycle come once more; a third of the searches find nothing.
    expect(counted).toEqual({ view: 3334, download: 1667, search: 1111, 'search-empty': 556, explorer: 1666, embed: 1666 });
  }, 60_000);
});
