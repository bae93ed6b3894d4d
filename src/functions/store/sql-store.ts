/**
 * FeedbackStore on top of a SqlDriver: the same SQL for SQLite and PostgreSQL, with the
 * few type differences (booleans, timestamps, JSON tags) handled when reading rows back.
 */
import type { FeedbackPatch, FeedbackStatus, UserGroup } from '../schema.ts';
import type { SqlArg, SqlDriver, SqlRow } from './driver.ts';
import { createSqlEngagementStore } from './engagement-sql.ts';
import type { FeedbackFilter, FeedbackItem, FeedbackStore, NewFeedback, PublicFeedback } from './types.ts';

const COLUMNS =
  'id, created_at, page, useful, doing, problem, user_group, email, status, tags, response, public_summary, public, updated_at, responded_at, closed_at';

const iso = (v: unknown): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : String(v);
const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const bool = (v: unknown): boolean => v === true || v === 1 || v === 1n || v === '1' || v === 't';
const tags = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : JSON.parse(String(v ?? '[]')));

/** `50%_off` → `50\%\_off`: LIKE wildcards in a search text match themselves. */
export const likeEscape = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function rowToItem(row: SqlRow): FeedbackItem {
  return {
    id: String(row['id']),
    createdAt: iso(row['created_at'])!,
    page: String(row['page']),
    useful: row['useful'] === 'yes' ? 'yes' : 'no',
    doing: text(row['doing']),
    problem: text(row['problem']),
    group: text(row['user_group']) as UserGroup | null,
    email: text(row['email']),
    status: String(row['status']) as FeedbackStatus,
    tags: tags(row['tags']),
    response: text(row['response']),
    publicSummary: text(row['public_summary']),
    public: bool(row['public']),
    updatedAt: iso(row['updated_at'])!,
    respondedAt: iso(row['responded_at']),
    closedAt: iso(row['closed_at']),
  };
}

export function createSqlFeedbackStore(driver: SqlDriver): FeedbackStore {
  return {
    async insert(item: NewFeedback) {
      await driver.run(
        `INSERT INTO feedback (id, created_at, page, useful, doing, problem, user_group, email, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [item.id, item.createdAt, item.page, item.useful, item.doing, item.problem, item.group, item.email, item.createdAt],
      );
    },

    async list(filter: FeedbackFilter) {
      const where: string[] = [];
      const args: SqlArg[] = [];
      const add = (clause: string, value: SqlArg | undefined) => {
        if (value === undefined) return;
        where.push(clause);
        args.push(value);
      };
      add('status = ?', filter.status);
      add('page = ?', filter.page);
      // Paths are ASCII (the schema allows URL-path characters only), so lower() is the same in both databases.
      add("lower(page) LIKE ? ESCAPE '\\'", filter.pathContains === undefined ? undefined : `%${likeEscape(filter.pathContains.toLowerCase())}%`);
      add('user_group = ?', filter.group);
      add('created_at >= ?', filter.from);
      add('created_at < ?', filter.toExclusive);
      args.push(filter.limit);
      const rows = await driver.query(
        `SELECT ${COLUMNS} FROM feedback ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY created_at DESC, seq DESC LIMIT ?`,
        args,
      );
      return rows.map(rowToItem);
    },

    async get(id: string) {
      const rows = await driver.query(`SELECT ${COLUMNS} FROM feedback WHERE id = ?`, [id]);
      return rows[0] ? rowToItem(rows[0]) : null;
    },

    async update(id: string, patch: FeedbackPatch, now: string) {
      // One UPDATE so concurrent changes cannot interleave; right-hand sides see the old row.
      const sets: string[] = ['updated_at = ?'];
      const args: SqlArg[] = [now];
      if (patch.status !== undefined) {
        sets.push('status = ?');
        args.push(patch.status);
        if (patch.status === 'closed') {
          sets.push("closed_at = CASE WHEN status = 'closed' THEN closed_at ELSE ? END");
          args.push(now);
        } else {
          sets.push('closed_at = NULL');
        }
      }
      if (patch.tags !== undefined) {
        sets.push('tags = ?');
        args.push(JSON.stringify([...new Set(patch.tags)]));
      }
      if (patch.response !== undefined) {
        const response = patch.response.trim() === '' ? null : patch.response;
        sets.push('response = ?');
        args.push(response);
        if (response === null) {
          sets.push('responded_at = NULL');
        } else {
          sets.push('responded_at = COALESCE(responded_at, ?)');
          args.push(now);
        }
      }
      if (patch.publicSummary !== undefined) {
        sets.push('public_summary = ?');
        args.push(patch.publicSummary.trim() === '' ? null : patch.publicSummary);
      }
      if (patch.public !== undefined) {
        sets.push('public = ?');
        args.push(patch.public);
      }
      args.push(id);
      const rows = await driver.query(`UPDATE feedback SET ${sets.join(', ')} WHERE id = ? RETURNING ${COLUMNS}`, args);
      return rows[0] ? rowToItem(rows[0]) : null;
    },

    async listPublic(limit: number): Promise<PublicFeedback[]> {
      const rows = await driver.query(
        `SELECT page, public_summary, response, responded_at, updated_at FROM feedback
         WHERE public = ? AND response IS NOT NULL AND public_summary IS NOT NULL
         ORDER BY responded_at DESC, seq DESC LIMIT ?`,
        [true, limit],
      );
      return rows.map((r) => ({
        page: String(r['page']),
        summary: String(r['public_summary']),
        response: String(r['response']),
        date: (iso(r['responded_at']) ?? iso(r['updated_at'])!).slice(0, 10),
      }));
    },

    purgeEmails(closedBefore: string) {
      return driver.run(
        "UPDATE feedback SET email = NULL WHERE email IS NOT NULL AND status = 'closed' AND closed_at < ?",
        [closedBefore],
      );
    },

    engagement: createSqlEngagementStore(driver),

    close: () => driver.close(),
  };
}
