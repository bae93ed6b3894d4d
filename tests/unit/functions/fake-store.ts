/** An in-memory FeedbackStore with the same behaviour as the SQL one (the contract suite checks it). */
import type { FeedbackPatch } from '../../../src/functions/schema.ts';
import type { FeedbackItem, FeedbackStore, NewFeedback } from '../../../src/functions/store/types.ts';
import { FOLDED_SEARCH_KEY, type CounterRow, type EngagementStore } from '../../../src/functions/store/engagement-types.ts';
import type { CounterKind } from '../../../src/functions/engagement/schema.ts';

export function createMemoryStore(): FeedbackStore & { items: FeedbackItem[]; engagement: ReturnType<typeof createMemoryEngagementStore> } {
  const items: FeedbackItem[] = []; // insertion order; newest last
  const copy = (item: FeedbackItem): FeedbackItem => ({ ...item, tags: [...item.tags] });
  const newestFirst = () => [...items].reverse().sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return {
    items,
    async insert(item: NewFeedback) {
      if (items.some((i) => i.id === item.id)) throw new Error('duplicate id');
      items.push({ ...item, status: 'new', tags: [], response: null, publicSummary: null, public: false, updatedAt: item.createdAt, respondedAt: null, closedAt: null });
    },
    async list(f) {
      return newestFirst()
        .filter((i) => (f.status === undefined || i.status === f.status) && (f.page === undefined || i.page === f.page))
        .filter((i) => f.pathContains === undefined || i.page.toLowerCase().includes(f.pathContains.toLowerCase()))
        .filter((i) => (f.group === undefined || i.group === f.group) && (f.from === undefined || i.createdAt >= f.from))
        .filter((i) => f.toExclusive === undefined || i.createdAt < f.toExclusive)
        .slice(0, f.limit)
        .map(copy);
    },
    async get(id) {
      const item = items.find((i) => i.id === id);
      return item ? copy(item) : null;
    },
    async update(id: string, patch: FeedbackPatch, now: string) {
      const item = items.find((i) => i.id === id);
      if (!item) return null;
      item.updatedAt = now;
      if (patch.status !== undefined) {
        item.closedAt = patch.status === 'closed' ? (item.status === 'closed' ? item.closedAt : now) : null;
        item.status = patch.status;
      }
      if (patch.tags !== undefined) item.tags = [...new Set(patch.tags)];
      if (patch.response !== undefined) {
        item.response = patch.response.trim() === '' ? null : patch.response;
        item.respondedAt = item.response === null ? null : (item.respondedAt ?? now);
      }
      if (patch.publicSummary !== undefined) item.publicSummary = patch.publicSummary.trim() === '' ? null : patch.publicSummary;
      if (patch.public !== undefined) item.public = patch.public;
      return copy(item);
    },
    async listPublic(limit) {
      return [...items]
        .reverse()
        .filter((i) => i.public && i.response !== null && i.publicSummary !== null)
        .sort((a, b) => ((a.respondedAt ?? '') < (b.respondedAt ?? '') ? 1 : (a.respondedAt ?? '') > (b.respondedAt ?? '') ? -1 : 0))
        .slice(0, limit)
        .map((i) => ({ page: i.page, summary: i.publicSummary!, response: i.response!, date: (i.respondedAt ?? i.updatedAt).slice(0, 10) }));
    },
    async purgeEmails(closedBefore) {
      let n = 0;
      for (const i of items) {
        if (i.email !== null && i.status === 'closed' && i.closedAt !== null && i.closedAt < closedBefore) {
          i.email = null;
          n += 1;
        }
      }
      return n;
    },
    engagement: createMemoryEngagementStore(items),
    async close() {},
  };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** In-memory engagement counters, with the SQL store's behaviour (the contract suite checks both). */
export function createMemoryEngagementStore(feedback: readonly FeedbackItem[] = []): EngagementStore & { counters: Map<string, CounterRow> } {
  const counters = new Map<string, CounterRow>();
  const id = (day: string, kind: string, key: string) => `${day}\u0000${kind}\u0000${key}`;
  const inRange = (r: CounterRow, from: string, to: string) => r.day >= from && r.day <= to;
  const sum = <K extends string>(rows: CounterRow[], keyOf: (r: CounterRow) => K) => {
    const totals = new Map<K, number>();
    for (const r of rows) totals.set(keyOf(r), (totals.get(keyOf(r)) ?? 0) + r.count);
    return totals;
  };
  return {
    counters,
    async add(rows) {
      // As the databases' CHECK does, all or nothing.
      if (rows.some((r) => !Number.isInteger(r.count) || r.count < 0)) throw new Error('count must be a whole number ≥ 0');
      for (const r of rows) {
        const c = counters.get(id(r.day, r.kind, r.key));
        if (c) c.count += r.count;
        else counters.set(id(r.day, r.kind, r.key), { ...r });
      }
    },
    async totalsByKey({ from, to }, limit) {
      const rows = [...counters.values()].filter((r) => inRange(r, from, to));
      const totals = sum(rows, (r) => `${r.kind}\u0000${r.key}`);
      const all = [...totals].map(([k, count]) => {
        const [kind, key] = k.split('\u0000') as [CounterKind, string];
        return { kind, key, count };
      });
      all.sort((a, b) => byText(a.kind, b.kind) || b.count - a.count || byText(a.key, b.key));
      const seen = new Map<string, number>();
      return all.filter((r) => {
        const n = (seen.get(r.kind) ?? 0) + 1;
        seen.set(r.kind, n);
        return n <= limit;
      });
    },
    async totalsByDay({ from, to }) {
      const totals = sum([...counters.values()].filter((r) => inRange(r, from, to)), (r) => `${r.day}\u0000${r.kind}`);
      return [...totals].map(([k, count]) => {
        const [day, kind] = k.split('\u0000') as [string, CounterKind];
        return { day, kind, count };
      }).sort((a, b) => byText(a.day, b.day) || byText(a.kind, b.kind));
    },
    async rows({ from, to }, limit) {
      return [...counters.values()]
        .filter((r) => inRange(r, from, to))
        .sort((a, b) => byText(a.day, b.day) || byText(a.kind, b.kind) || b.count - a.count || byText(a.key, b.key))
        .slice(0, limit)
        .map((r) => ({ ...r }));
    },
    async monthly() {
      const totals = sum([...counters.values()], (r) => `${r.day.slice(0, 7)}\u0000${r.kind}`);
      return [...totals].map(([k, count]) => {
        const [month, kind] = k.split('\u0000') as [string, CounterKind];
        return { month, kind, count };
      }).sort((a, b) => byText(a.month, b.month) || byText(a.kind, b.kind));
    },
    async feedbackByPage({ from, to }) {
      const start = `${from}T00:00:00.000Z`;
      const end = `${nextDay(to)}T00:00:00.000Z`;
      const pages = new Map<string, { page: string; answers: number; useful: number }>();
      for (const item of feedback) {
        if (item.createdAt < start || item.createdAt >= end) continue;
        const p = pages.get(item.page) ?? { page: item.page, answers: 0, useful: 0 };
        p.answers += 1;
        if (item.useful === 'yes') p.useful += 1;
        pages.set(item.page, p);
      }
      return [...pages.values()];
    },
    async foldSearches(before) {
      let n = 0;
      for (const [k, r] of [...counters]) {
        if ((r.kind === 'search' || r.kind === 'search-empty') && r.day < before && r.key !== FOLDED_SEARCH_KEY) {
          counters.delete(k);
          n += 1;
          const f = counters.get(id(r.day, r.kind, FOLDED_SEARCH_KEY));
          if (f) f.count += r.count;
          else counters.set(id(r.day, r.kind, FOLDED_SEARCH_KEY), { day: r.day, kind: r.kind, key: FOLDED_SEARCH_KEY, count: r.count });
        }
      }
      return n;
    },
  };
}
