/**
 * Latency of POST /api/feedback on the real Node server (`npm start`'s, in a process of its own), on loopback,
 * with a fresh SQLite database (WAL, synchronous=FULL: a 201 means the answer is on disk).
 *
 * - At a fixed rate (open loop): a request every 5 ms (200 req/s) for 10 s, each sent on time whether or not the
 *   earlier ones were answered, and timed from when it was due (so a slow server cannot hide its queue).
 *   p50 and p99 at that rate answer the target (p99 ≤ 50 ms at 200 req/s).
 * - Flat out (closed loop): 32 clients posting as fast as they are answered, for the throughput.
 *
 * Called by the main bench script; run alone with `npx tsx scripts/bench-feedback.ts`. On a busy machine the
 * figures are indicative.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const FEEDBACK_TARGET = { rate: 200, p99Ms: 50 } as const;

export interface FeedbackBenchResult {
  /** At `rate` requests per second, open loop. */
  rate: number;
  p50Ms: number;
  p99Ms: number;
  /** Requests sent at that rate. */
  n: number;
  /** Requests that got no 201 (a connection reset on a machine too busy to answer in time). */
  failed: number;
  /** Flat out: answers per second, and their latency. */
  perSecond: number;
  flatOutP50Ms: number;
  flatOutP99Ms: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (x: number) => Math.round(x * 10) / 10;

async function startServer(root: string): Promise<{ child: ChildProcess; url: string }> {
  const dist = join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>bench</title>');
  // FEEDBACK_BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server.
  const extra = (process.env['FEEDBACK_BENCH_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extra, '--import', 'tsx', 'scripts/serve.ts'], {
    env: { ...process.env, DIST_DIR: dist, FEEDBACK_DB: join(root, 'feedback.db'), FEEDBACK_RATE_LIMIT: '100000000', PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Never left running, whatever stops the bench.
  process.once('exit', () => child.kill('SIGKILL'));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /SDG portal: (http:\/\/[^/\s]+)\//.exec(out);
      if (m) resolve(`${m[1]}/api/feedback`);
    });
    child.once('exit', (code) => reject(new Error(`the server stopped (${code}): ${out}`)));
  });
  return { child, url };
}

/** Keep-alive connections, as many as a busy page's readers would hold open at once (more requests wait for one). */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
let sent = 0;
function post(url: string): Promise<void> {
  const i = sent++;
  const body = JSON.stringify({ page: '/bench/', useful: i % 3 ? 'yes' : 'no', doing: `bench ${i}`, group: 'other' });
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 201 ? resolve() : reject(new Error(`POST answered ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let failed = 0;
/** A request that failed is counted and timed as answered when it failed (it is no answer, but no faster either). */
const counted = (p: Promise<void>) => p.catch(() => { failed++; });

/** Open loop: request i is due at start + i/rate; its latency runs from then to its answer. */
async function atRate(url: string, rate: number, seconds: number): Promise<number[]> {
  const n = Math.round(rate * seconds);
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const start = performance.now() + 50;
  for (let i = 0; i < n; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(counted(post(url)).then(() => { latencies.push(performance.now() - due); }));
  }
  await Promise.all(pending);
  return latencies.sort((a, b) => a - b);
}

/** Closed loop: `clients` posting one after another. */
async function flatOut(url: string, n: number, clients: number): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    while (next++ < n) {
      const t0 = performance.now();
      await counted(post(url));
      latencies.push(performance.now() - t0);
    }
  }));
  return { latencies: latencies.sort((a, b) => a - b), seconds: (performance.now() - started) / 1000 };
}

export async function benchFeedback({ rate = FEEDBACK_TARGET.rate, seconds = 10, flatOutN = 3000, clients = 32 } = {}): Promise<FeedbackBenchResult> {
  const root = mkdtempSync(join(tmpdir(), 'feedback-bench-'));
  const { child, url } = await startServer(root);
  try {
    await flatOut(url, 200, 4); // warm-up: JIT, connections, the database's first pages
    failed = 0;
    const timed = await atRate(url, rate, seconds);
    const failedAtRate = failed;
    const flat = await flatOut(url, flatOutN, clients);
    return {
      rate,
      p50Ms: round(percentile(timed, 50)),
      p99Ms: round(percentile(timed, 99)),
      n: timed.length,
      failed: failedAtRate,
      perSecond: Math.round(flatOutN / flat.seconds),
      flatOutP50Ms: round(percentile(flat.latencies, 50)),
      flatOutP99Ms: round(percentile(flat.latencies, 99)),
    };
  } finally {
    agent.destroy();
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
    rmSync(root, { recursive: true, force: true });
  }
}

/** Rows for the bench table, beside the targets. */
export function feedbackRows(r: FeedbackBenchResult): [string, string, string][] {
  return [
    [`POST /api/feedback at ${r.rate} req/s: p50 / p99`, `${r.p50Ms} ms / ${r.p99Ms} ms`, `target p99 ≤ ${FEEDBACK_TARGET.p99Ms} ms at ${FEEDBACK_TARGET.rate} req/s; open loop, ${r.n} requests${r.failed ? `, ${r.failed} failed` : ''}, loopback, SQLite synchronous=FULL`],
    ['POST /api/feedback flat out', `${r.perSecond} req/s (p50 ${r.flatOutP50Ms} ms, p99 ${r.flatOutP99Ms} ms)`, '32 clients, closed loop'],
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, value, note] of feedbackRows(await benchFeedback())) console.log(`${name}  ${value}   (${note})`);
}
