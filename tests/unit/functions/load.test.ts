/**
 * Bounded load on 127.0.0.1 only: 2 000 answers from 50 concurrent clients through the real server
 * (SQLite, rate limit raised). Every 201 must be stored exactly once and nothing may answer 5xx.
 */
import { serve, type ServerType } from '@hono/node-server';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/functions/store/sqlite.ts';
import type { FeedbackItem, FeedbackStore } from '../../../src/functions/store/types.ts';
import { createSiteApp } from '../../../src/server/site-app.ts';
import { makeSiteDir } from './server-process.ts';

const TOTAL = 2000;
const CLIENTS = 50;
const TOKEN = 'load-token-0123456789abcdef';
const site = makeSiteDir();
let server: ServerType | undefined;
let store: FeedbackStore | undefined;

afterAll(async () => {
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  await store?.close();
  rmSync(site.root, { recursive: true, force: true });
});

describe('load', () => {
  it(`stores ${TOTAL} answers from ${CLIENTS} concurrent clients exactly once`, async () => {
    store = await openSqliteStore(site.db);
    const app = await createSiteApp({
      distDir: site.dist,
      env: { FEEDBACK_ADMIN_TOKEN: TOKEN },
      feedback: { store, rateLimit: { max: TOTAL * 2, windowMs: 60_000 } },
    });
    const port = await new Promise<number>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
    });
    const base = `http://127.0.0.1:${port}`;

    const statuses = new Map<number, number>();
    const acknowledged = new Map<string, string>(); // marker → id
    let next = 0;
    const started = Date.now();
    const client = async () => {
      while (next < TOTAL) {
        const marker = `load-${next++}`;
        const res = await fetch(`${base}/api/feedback`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: base },
          body: JSON.stringify({ page: '/load/', useful: next % 2 ? 'yes' : 'no', doing: marker, group: 'other' }),
        });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const body = await res.json();
        if (res.status === 201) acknowledged.set(marker, body.id);
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    const seconds = (Date.now() - started) / 1000;
    console.log(`load: ${TOTAL} posts in ${seconds.toFixed(1)} s (${Math.round(TOTAL / seconds)}/s)`, Object.fromEntries(statuses));

    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
    expect(statuses.get(201)).toBe(TOTAL);

    const res = await fetch(`${base}/api/feedback?limit=10000&page=/load/`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const items: FeedbackItem[] = (await res.json()).items;
    expect(items).toHaveLength(acknowledged.size);
    const byMarker = new Map<string, string[]>();
    for (const item of items) byMarker.set(item.doing!, [...(byMarker.get(item.doing!) ?? []), item.id]);
    for (const [marker, id] of acknowledged) expect(byMarker.get(marker)).toEqual([id]);
  }, 90_000);
});
