/** An in-memory FeedbackStore with the same behaviour as the SQL one (the contract suite checks it). */
import type { FeedbackPatch } from '../../../src/functions/schema.ts';
import type { FeedbackItem, FeedbackStore, NewFeedback } from '../../../src/functions/store/types.ts';

export function createMemoryStore(): FeedbackStore & { items: FeedbackItem[] } {
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
    async close() {},
  };
}
