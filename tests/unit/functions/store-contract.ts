/**
 * One integration suite for every FeedbackStore: run through the real handler where the behaviour is
 * user-visible, and against the store directly for retention. sqlite.test.ts and postgres.test.ts call it.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { purgeExpiredEmails } from '../../../src/functions/retention.ts';
import type { FeedbackItem, FeedbackStore } from '../../../src/functions/store/types.ts';
import type { SqlDriver } from '../../../src/functions/store/driver.ts';
import { MIGRATIONS, runMigrations } from '../../../src/functions/store/migrations.ts';
import { adminRequest, jsonPost, makeHandler, ORIGIN, patchRequest, VALID } from './helpers.ts';

const DAY = 86_400_000;

export function describeStoreContract(name: string, open: () => Promise<FeedbackStore>): void {
  describe(`${name} store`, () => {
    let store: FeedbackStore;
    let ctx: ReturnType<typeof makeHandler>;
    const stores: FeedbackStore[] = [];

    beforeEach(async () => {
      store = await open();
      stores.push(store);
      ctx = makeHandler({ store, rateLimit: { max: 1000, windowMs: 60_000 }, newId: undefined });
    });
    afterAll(async () => {
      for (const s of stores) await s.close();
    });

    const submit = async (body: Record<string, unknown>) => {
      const res = await ctx.handler(jsonPost(body));
      expect(res.status).toBe(201);
      return (await res.json()).id as string;
    };
    const list = async (query = '') => {
      const res = await ctx.handler(adminRequest(`/api/feedback${query}`));
      expect(res.status).toBe(200);
      return (await res.json()).items as FeedbackItem[];
    };
    const patch = async (id: string, body: unknown) => {
      const res = await ctx.handler(patchRequest(id, body));
      expect(res.status).toBe(200);
      return (await res.json()).item as FeedbackItem;
    };

    it('stores every field and returns it unchanged', async () => {
      const id = await submit({ ...VALID, email: 'ana@example.org', consent: true });
      expect(await list()).toEqual([
        {
          id, createdAt: '2025-03-01T12:00:00.000Z', page: '/1-2-1/', useful: 'no', doing: VALID.doing,
          problem: VALID.problem, group: 'researcher', email: 'ana@example.org', status: 'new', tags: [],
          response: null, publicSummary: null, public: false, updatedAt: '2025-03-01T12:00:00.000Z', respondedAt: null, closedAt: null,
        },
      ]);
    });

    it('keeps text verbatim: quotes, markup, SQL, emoji, right-to-left, newlines', async () => {
      const hostile = `'); DROP TABLE feedback; -- <script>alert("x")</script> ☃ 🇰🇪 مرحبا\r\n\ttab % _ \\ ?`;
      const id = await submit({ page: "/a/b-c_d.~!$&'()*+,;=:@%20/", useful: 'yes', doing: hostile, problem: hostile });
      const [item] = await list();
      expect(item).toMatchObject({ id, doing: hostile, problem: hostile, page: "/a/b-c_d.~!$&'()*+,;=:@%20/" });
    });

    it('lists newest first, also for items stored in the same millisecond', async () => {
      const a = await submit({ page: '/a/', useful: 'yes' });
      const b = await submit({ page: '/b/', useful: 'yes' });
      ctx.tick(1000);
      const c = await submit({ page: '/c/', useful: 'yes' });
      expect((await list()).map((i) => i.id)).toEqual([c, b, a]);
      expect((await list('?limit=2')).map((i) => i.id)).toEqual([c, b]);
    });

    it('filters by status, page, group and dates', async () => {
      const first = await submit({ page: '/1-1-1/', useful: 'no', group: 'media' });
      ctx.tick(DAY);
      const second = await submit({ page: '/1-2-1/', useful: 'yes', group: 'citizen' });
      await patch(second, { status: 'triaged' });
      const ids = async (q: string) => (await list(q)).map((i) => i.id);
      expect(await ids('?status=triaged')).toEqual([second]);
      expect(await ids('?status=new')).toEqual([first]);
      expect(await ids('?page=/1-1-1/')).toEqual([first]);
      expect(await ids('?group=citizen')).toEqual([second]);
      expect(await ids('?from=2025-03-02')).toEqual([second]);
      expect(await ids('?to=2025-03-01')).toEqual([first]);
      expect(await ids('?from=2025-03-01&to=2025-03-02&group=media')).toEqual([first]);
      expect(await ids('?from=2025-03-03')).toEqual([]);
    });

    it('filters by part of the path, in any case and every language, with LIKE wildcards taken literally', async () => {
      const pages = ['/indicators/8-5-1/', '/fr/indicators/8-5-2/', '/indicators/8-6-1/', '/indicators/18-5-1/', '/a_b/', '/a-b/', '/%41/', '/x41/'];
      const id: Record<string, string> = {};
      for (const page of pages) id[page] = await submit({ page, useful: 'no' });
      const found = async (q: string) => (await list(`?path=${q}`)).map((i) => i.page).sort();
      expect(await found('/indicators/8-5')).toEqual(['/fr/indicators/8-5-2/', '/indicators/8-5-1/']);
      expect(await found('/INDICATORS/8-5-')).toEqual(['/fr/indicators/8-5-2/', '/indicators/8-5-1/']);
      expect(await found('8-5-1')).toEqual(['/indicators/18-5-1/', '/indicators/8-5-1/']);
      expect(await found('a_b')).toEqual(['/a_b/']);
      expect(await found(encodeURIComponent('%41'))).toEqual(['/%41/']);
      expect(await found('/nothing-here/')).toEqual([]);
      expect((await list('?path=/indicators/&limit=2')).length).toBe(2);
      expect((await list(`?path=/indicators/8-5&page=${encodeURIComponent('/indicators/8-5-1/')}`)).map((i) => i.id)).toEqual([id['/indicators/8-5-1/']]);
    });

    it('applies staff changes and keeps the times that the dashboard and retention need', async () => {
      const id = await submit(VALID);
      ctx.tick(2 * 3_600_000);
      const answered = await patch(id, { status: 'answered', tags: ['data', 'chart', 'data'], response: 'Added 2024.', publicSummary: 'Asked for 2024.', public: true });
      expect(answered).toMatchObject({
        status: 'answered', tags: ['data', 'chart'], response: 'Added 2024.', publicSummary: 'Asked for 2024.', public: true,
        respondedAt: '2025-03-01T14:00:00.000Z', updatedAt: '2025-03-01T14:00:00.000Z', closedAt: null,
      });
      ctx.tick(1000);
      const edited = await patch(id, { response: 'Added 2024 and 2025.' });
      expect(edited.respondedAt).toBe('2025-03-01T14:00:00.000Z');
      const closed = await patch(id, { status: 'closed' });
      expect(closed.closedAt).toBe('2025-03-01T14:00:01.000Z');
      ctx.tick(1000);
      expect((await patch(id, { status: 'closed' })).closedAt).toBe('2025-03-01T14:00:01.000Z');
      expect((await patch(id, { status: 'new' })).closedAt).toBeNull();
      const cleared = await patch(id, { response: '', publicSummary: '', public: false, tags: [] });
      expect(cleared).toMatchObject({ response: null, publicSummary: null, public: false, respondedAt: null, tags: [] });
      expect((await ctx.handler(patchRequest('00000000-0000-4000-8000-00000000ffff', { status: 'closed' }))).status).toBe(404);
    });

    it('lists public items with the staff summary and response only: never the reader’s words or emails', async () => {
      const shown = await submit({ ...VALID, email: 'ana@example.org', consent: true });
      const privateOne = await submit({ page: '/x/', useful: 'no', problem: 'secret' });
      const noResponse = await submit({ page: '/y/', useful: 'no' });
      const noSummary = await submit({ page: '/z/', useful: 'no', problem: 'my own words' });
      await patch(shown, { response: 'Done.', publicSummary: 'A reader asked for 2024.', public: true });
      await patch(privateOne, { response: 'Private.', publicSummary: 'Summary.' });
      // Straight to the store, past the handler's check: the store itself never lists an item without both texts.
      const now = ctx.clock.now.toISOString();
      await store.update(noResponse, { public: true, publicSummary: 'Summary.' }, now);
      await store.update(noSummary, { public: true, response: 'Done too.' }, now);
      const res = await ctx.handler(new Request(`${ORIGIN}/api/feedback/public`));
      const body = await res.json();
      expect(body).toEqual({
        items: [{ page: '/1-2-1/', summary: 'A reader asked for 2024.', response: 'Done.', date: '2025-03-01' }],
      });
      expect(JSON.stringify(body)).not.toMatch(/secret|my own words|ana@example|2024 data/);
    });

    it('deletes emails of items closed longer than the retention period, and only those', async () => {
      const old = await submit({ ...VALID, email: 'old@example.org', consent: true });
      const open = await submit({ ...VALID, email: 'open@example.org', consent: true });
      const recent = await submit({ ...VALID, email: 'recent@example.org', consent: true });
      await patch(old, { status: 'closed' });
      ctx.tick(20 * DAY);
      await patch(recent, { status: 'closed' });
      ctx.tick(11 * DAY);
      const now = () => new Date(ctx.clock.now);
      expect(await purgeExpiredEmails({ store, retentionDays: 30, now })).toBe(1);
      expect((await store.get(old))?.email).toBeNull();
      expect((await store.get(open))?.email).toBe('open@example.org');
      expect((await store.get(recent))?.email).toBe('recent@example.org');
      expect(await purgeExpiredEmails({ store, retentionDays: 30, now })).toBe(0);
    });

    it('answers null for unknown ids', async () => {
      expect(await store.get('00000000-0000-4000-8000-00000000ffff')).toBeNull();
    });
  });
}

/**
 * A database made before the public summary existed (migrations 1 and 2, with an item already public) opens
 * with the new column empty, and the old item leaves "You said, we did" until staff write a summary.
 */
export function describeUpgradeFromV2(name: string, setup: () => Promise<{ driver: SqlDriver; reopen: () => Promise<FeedbackStore> }>): void {
  describe(`${name} upgrade to the public summary (migration 3)`, () => {
    it('keeps old items, adds the empty summary, and stops showing the reader\'s words', async () => {
      const { driver, reopen } = await setup();
      expect(await runMigrations(driver, MIGRATIONS.filter((m) => m.version <= 2))).toEqual([1, 2]);
      const at = '2025-01-01T00:00:00.000Z';
      await driver.run(
        `INSERT INTO feedback (id, created_at, page, useful, problem, response, public, updated_at, responded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ['00000000-0000-4000-8000-0000000000aa', at, '/old/', 'no', 'the reader wrote this', 'We fixed it.', true, at, at],
      );
      await driver.close();
      const store = await reopen();
      try {
        expect(await store.get('00000000-0000-4000-8000-0000000000aa')).toMatchObject({ problem: 'the reader wrote this', response: 'We fixed it.', publicSummary: null, public: true });
        expect(await store.listPublic(10)).toEqual([]);
        await store.update('00000000-0000-4000-8000-0000000000aa', { publicSummary: 'Asked about an old page.' }, at);
        expect(await store.listPublic(10)).toEqual([{ page: '/old/', summary: 'Asked about an old page.', response: 'We fixed it.', date: '2025-01-01' }]);
      } finally {
        await store.close();
      }
    });
  });
}
