/**
 * A 201 means the answer is on disk: post to the real Node server, kill -9 it while more posts are
 * in flight, start it again on the same database, and find every acknowledged id.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { killHard, makeSiteDir, startServerProcess, type RunningServer } from './server-process.ts';

const TOKEN = 'durability-token-0123456789abcdef';
const site = makeSiteDir();
const env = { DIST_DIR: site.dist, FEEDBACK_DB: site.db, FEEDBACK_ADMIN_TOKEN: TOKEN };
const running: RunningServer[] = [];
afterAll(async () => {
  for (const s of running) await killHard(s.child);
  rmSync(site.root, { recursive: true, force: true });
});

async function post(base: string, n: number): Promise<string | undefined> {
  try {
    const res = await fetch(`${base}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ page: '/durability/', useful: 'yes', doing: `item ${n}` }),
    });
    return res.status === 201 ? (await res.json()).id : undefined;
  } catch {
    return undefined; // the server was killed mid-request: not acknowledged
  }
}

describe('durability of the Node server', () => {
  it('keeps every acknowledged answer across kill -9', async () => {
    const first = await startServerProcess(env);
    running.push(first);
    const home = await fetch(`${first.base}/`);
    expect(await home.text()).toContain('Test portal');

    const acknowledged: string[] = [];
    let next = 0;
    const worker = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const id = await post(first.base, next++);
        if (id) acknowledged.push(id);
      }
    };
    await Promise.all(Array.from({ length: 8 }, () => worker(25)));
    expect(acknowledged).toHaveLength(200);
    // More posts in flight, then the plug is pulled.
    const inFlight = Promise.all(Array.from({ length: 8 }, () => worker(50)));
    await new Promise((r) => setTimeout(r, 150));
    await killHard(first.child);
    await inFlight;

    const second = await startServerProcess(env);
    running.push(second);
    const res = await fetch(`${second.base}/api/feedback?limit=10000`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    const stored = new Set((await res.json()).items.map((i: { id: string }) => i.id));
    const missing = acknowledged.filter((id) => !stored.has(id));
    expect(missing).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(200);

    // The no-JavaScript path over real HTTP: form post, 303 to the thanks page.
    const form = await fetch(`${second.base}/api/feedback`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: second.base },
      body: 'page=%2F&useful=yes',
    });
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe('/feedback/thanks/');
    await killHard(second.child);
  }, 60_000);
});
