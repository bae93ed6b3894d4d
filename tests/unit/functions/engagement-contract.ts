/**
 * One suite for every EngagementStore (SQLite, PostgreSQL, the in-memory fake): counts added in one transaction,
 * totals and ranking, months, feedback per page, search words folded away after retention, and many instances
 * adding at once. sqlite.test.ts, postgres.test.ts and memory-store.test.ts call it.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { foldOldSearches } from '../../../src/functions/retention.ts';
import { FOLDED_SEARCH_KEY, type CounterRow } from '../../../src/functions/store/engagement-types.ts';
import type { FeedbackStore } from '../../../src/functions/store/types.ts';

const feedback = (id: string, createdAt: string, page: string, useful: 'yes' | 'no') =>
  ({ id, createdAt, page, useful, doing: null, problem: null, group: null, email: null }) as const;

export function describeEngagementContract(name: string, open: () => Promise<FeedbackStore>): void {
  describe(`${name} engagement counters`, () => {
    let store: FeedbackStore;
    const stores: FeedbackStore[] = [];
    beforeEach(async () => {
      store = await open();
      stores.push(store);
    });
    afterAll(async () => {
      for (const s of stores) await s.close();
    });
    const all = () => store.engagement.rows({ from: '1000-01-01', to: '9999-12-31' }, 100_000);

    it('adds counts to their counters, creating them at zero', async () => {
      await store.engagement.add([
        { day: '2025-03-01', kind: 'view', key: '/', count: 2 },
        { day: '2025-03-01', kind: 'view', key: '/status/', count: 1 },
      ]);
      await store.engagement.add([
        { day: '2025-03-01', kind: 'view', key: '/', count: 3 },
        { day: '2025-03-02', kind: 'view', key: '/', count: 1 },
      ]);
      expect(await all()).toEqual([
        { day: '2025-03-01', kind: 'view', key: '/', count: 5 },
        { day: '2025-03-01', kind: 'view', key: '/status/', count: 1 },
        { day: '2025-03-02', kind: 'view', key: '/', count: 1 },
      ]);
    });

    it('keeps keys verbatim: quotes, SQL, markup, right-to-left and emoji', async () => {
      const keys = [`'); DROP TABLE engagement_counts; --`, '<script>alert(1)</script>', 'بطالة الشباب', '贫困 😀', '%_\\?'];
      await store.engagement.add(keys.map((key) => ({ day: '2025-03-01', kind: 'search-empty', key, count: 1 })));
      expect((await all()).map((r) => r.key).sort()).toEqual([...keys].sort());
    });

    it('writes a large batch (more rows than one statement holds) all or nothing', async () => {
      const rows: CounterRow[] = Array.from({ length: 1234 }, (_, i) => ({ day: '2025-03-01', kind: 'view', key: `/p${i}/`, count: i + 1 }));
      await store.engagement.add(rows);
      const stored = await all();
      expect(stored).toHaveLength(1234);
      expect(stored.reduce((s, r) => s + r.count, 0)).toBe((1234 * 1235) / 2);
      await expect(store.engagement.add([{ day: '2025-03-02', kind: 'view', key: '/x/', count: 1 }, { day: '2025-03-02', kind: 'view', key: '/y/', count: -5 }])).rejects.toThrow();
      expect(await store.engagement.rows({ from: '2025-03-02', to: '2025-03-02' }, 10)).toEqual([]);
    });

    it('loses nothing when several writers add to the same counters at once', async () => {
      await Promise.all(Array.from({ length: 20 }, () => store.engagement.add([
        { day: '2025-03-01', kind: 'view', key: '/', count: 1 },
        { day: '2025-03-01', kind: 'download', key: '/downloads/all.zip', count: 2 },
      ])));
      expect(await all()).toEqual([
        { day: '2025-03-01', kind: 'download', key: '/downloads/all.zip', count: 40 },
        { day: '2025-03-01', kind: 'view', key: '/', count: 20 },
      ]);
    });

    it('totals a range per key (largest first, a limit per kind) and per day', async () => {
      await store.engagement.add([
        { day: '2025-02-28', kind: 'view', key: '/a/', count: 100 },
        { day: '2025-03-01', kind: 'view', key: '/a/', count: 1 },
        { day: '2025-03-01', kind: 'view', key: '/b/', count: 3 },
        { day: '2025-03-02', kind: 'view', key: '/a/', count: 4 },
        { day: '2025-03-02', kind: 'view', key: '/c/', count: 5 },
        { day: '2025-03-02', kind: 'view', key: '/B/', count: 5 },
        { day: '2025-03-02', kind: 'download', key: '/downloads/all.zip', count: 2 },
        { day: '2025-03-03', kind: 'view', key: '/a/', count: 100 },
      ]);
      const range = { from: '2025-03-01', to: '2025-03-02' };
      expect(await store.engagement.totalsByKey(range, 3)).toEqual([
        { kind: 'download', key: '/downloads/all.zip', count: 2 },
        { kind: 'view', key: '/B/', count: 5 },
        { kind: 'view', key: '/a/', count: 5 },
        { kind: 'view', key: '/c/', count: 5 },
      ]);
      expect(await store.engagement.totalsByDay(range)).toEqual([
        { day: '2025-03-01', kind: 'view', count: 4 },
        { day: '2025-03-02', kind: 'download', count: 2 },
        { day: '2025-03-02', kind: 'view', count: 14 },
      ]);
      expect(await store.engagement.monthly()).toEqual([
        { month: '2025-02', kind: 'view', count: 100 },
        { month: '2025-03', kind: 'download', count: 2 },
        { month: '2025-03', kind: 'view', count: 118 },
      ]);
    });

    it('counts feedback answers per page over whole days', async () => {
      await store.insert(feedback('e1', '2025-03-01T00:00:00.000Z', '/a/', 'yes'));
      await store.insert(feedback('e2', '2025-03-02T23:59:59.999Z', '/a/', 'no'));
      await store.insert(feedback('e3', '2025-03-02T12:00:00.000Z', '/b/', 'no'));
      await store.insert(feedback('e4', '2025-03-03T00:00:00.000Z', '/a/', 'yes'));
      await store.insert(feedback('e5', '2025-02-28T23:59:59.999Z', '/a/', 'yes'));
      const rows = await store.engagement.feedbackByPage({ from: '2025-03-01', to: '2025-03-02' });
      expect(rows.sort((x, y) => (x.page < y.page ? -1 : 1))).toEqual([
        { page: '/a/', answers: 2, useful: 1 },
        { page: '/b/', answers: 1, useful: 0 },
      ]);
    });

    it('folds search words older than the retention period into one total per day', async () => {
      await store.engagement.add([
        { day: '2024-11-30', kind: 'search', key: 'jane doe', count: 2 },
        { day: '2024-11-30', kind: 'search', key: 'poverty', count: 3 },
        { day: '2024-11-30', kind: 'search-empty', key: 'zzz', count: 1 },
        { day: '2024-11-30', kind: 'view', key: '/', count: 9 },
        { day: '2024-12-01', kind: 'search', key: 'poverty', count: 4 },
      ]);
      const now = () => new Date('2025-03-01T12:00:00Z');
      expect(await foldOldSearches({ store, retentionDays: 90, now })).toBe(3);
      expect(await foldOldSearches({ store, retentionDays: 90, now })).toBe(0);
      expect(await all()).toEqual([
        { day: '2024-11-30', kind: 'search', key: FOLDED_SEARCH_KEY, count: 5 },
        { day: '2024-11-30', kind: 'search-empty', key: FOLDED_SEARCH_KEY, count: 1 },
        { day: '2024-11-30', kind: 'view', key: '/', count: 9 },
        { day: '2024-12-01', kind: 'search', key: 'poverty', count: 4 },
      ]);
      // Folded again later, the totals still add up.
      await store.engagement.add([{ day: '2024-12-01', kind: 'search', key: 'jobs', count: 1 }]);
      expect(await foldOldSearches({ store, retentionDays: 89, now })).toBe(2);
      expect((await all()).filter((r) => r.day === '2024-12-01')).toEqual([{ day: '2024-12-01', kind: 'search', key: FOLDED_SEARCH_KEY, count: 5 }]);
    });
  });
}
