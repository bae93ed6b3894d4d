/**
 * Throughput of POST /api/engagement on the real Node server (loopback sockets, temp SQLite database with
 * synchronous=FULL, group commit): 10 000 events from 100 client addresses (told apart by X-Forwarded-For behind
 * FEEDBACK_TRUST_PROXY=1), every one checked as counted. Called by the main bench script; run alone with
 * `npx tsx scripts/bench-engagement.ts`.
 */
import { serve, type ServerType } from '@hono/node-server';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openSqliteStore } from '../src/functions/store/sqlite.ts';
import { createSiteApp } from '../src/server/site-app.ts';

export interface EngagementBenchResult {
  perSecond: number;
  n: number;
  clients: number;
  /** Events the dashboard counts afterwards (must equal n). */
  counted: number;
}

export async function benchEngagement({ n = 10_000, clients = 100, concurrency = 50 } = {}): Promise<EngagementBenchResult> {
  const root = mkdtempSync(join(tmpdir(), 'engagement-bench-'));
  const dist = join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>bench</title>');
  const store = await openSqliteStore(join(root, 'feedback.db'));
  let server: ServerType | undefined;
  try {
    const token = 'bench-token-0123456789';
    const app = await createSiteApp({ distDir: dist, env: { FEEDBACK_TRUST_PROXY: '1', FEEDBACK_ADMIN_TOKEN: token }, feedback: { store } });
    const port = await new Promise<number>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
    });
    const base = `http://127.0.0.1:${port}`;
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < n) {
        const i = next++;
        const res = await fetch(`${base}/api/engagement`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': `198.51.100.${i % clients}` },
          body: `kind=view&path=%2Findicators%2F${(i % 40) + 1}-1-1%2F`,
        });
        await res.arrayBuffer();
        if (res.status !== 204) throw new Error(`POST answered ${res.status}`);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    const summary = await (await fetch(`${base}/api/engagement`, { headers: { authorization: `Bearer ${token}` } })).json() as { totals: { view: number } };
    return { perSecond: Math.round(n / seconds), n, clients, counted: summary.totals.view };
  } finally {
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    await store.close();
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchEngagement()));
}
