/**
 * Latency of POST /api/feedback on the real Node server (loopback, temp SQLite database with
 * synchronous=FULL). Called by the main bench script; run alone with `npx tsx scripts/bench-feedback.ts`.
 */
import { serve, type ServerType } from '@hono/node-server';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openSqliteStore } from '../src/functions/store/sqlite.ts';
import { createSiteApp } from '../src/server/site-app.ts';

export interface FeedbackBenchResult {
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
  n: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function benchFeedback({ n = 1000, concurrency = 10 } = {}): Promise<FeedbackBenchResult> {
  const root = mkdtempSync(join(tmpdir(), 'feedback-bench-'));
  const dist = join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>bench</title>');
  const store = await openSqliteStore(join(root, 'feedback.db'));
  let server: ServerType | undefined;
  try {
    const app = await createSiteApp({ distDir: dist, env: {}, feedback: { store, rateLimit: { max: n * 2, windowMs: 60_000 } } });
    const port = await new Promise<number>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
    });
    const url = `http://127.0.0.1:${port}/api/feedback`;
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < n) {
        const i = next++;
        const t0 = performance.now();
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ page: '/bench/', useful: i % 3 ? 'yes' : 'no', doing: `bench ${i}`, group: 'other' }),
        });
        await res.arrayBuffer();
        if (res.status !== 201) throw new Error(`POST answered ${res.status}`);
        latencies.push(performance.now() - t0);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const round = (x: number) => Math.round(x * 100) / 100;
    return { p50Ms: round(percentile(latencies, 50)), p99Ms: round(percentile(latencies, 99)), perSecond: Math.round(n / seconds), n };
  } finally {
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    await store.close();
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchFeedback()));
}
