/**
 * EngagementStore on a SqlDriver: the same SQL for SQLite and PostgreSQL. Counts are added with one multi-row
 * upsert per chunk, in one transaction, rows sorted so that two instances adding at once take their row locks in
 * the same order (PostgreSQL then never deadlocks).
 */
import type { CounterKind } from '../engagement/schema.ts';
import type { SqlDriver, SqlRow, SqlStatement } from './driver.ts';
import { FOLDED_SEARCH_KEY, type CounterRow, type EngagementStore } from './engagement-types.ts';

/** 4 arguments a row: 800 per statement, well under every driver's limit. */
const CHUNK = 200;
const DAY_MS = 86_400_000;
const SEARCH_KINDS = "('search', 'search-empty')";

const num = (v: unknown) => Number(v ?? 0);
const str = (v: unknown) => String(v ?? '');
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The day after `day` (`2025-02-28` → `2025-03-01`). */
export const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

export function createSqlEngagementStore(driver: SqlDriver): EngagementStore {
  // Ties are ordered by the key's code points in both databases (PostgreSQL's default collation follows the locale).
  const byText = driver.dialect === 'postgres' ? ' COLLATE "C"' : '';
  return {
    async add(rows) {
      if (rows.length === 0) return;
      const sorted = [...rows].sort((a, b) => compare(a.day, b.day) || compare(a.kind, b.kind) || compare(a.key, b.key));
      const statements: SqlStatement[] = [];
      for (let i = 0; i < sorted.length; i += CHUNK) {
        const chunk = sorted.slice(i, i + CHUNK);
        statements.push({
          sql: `INSERT INTO engagement_counts (day, kind, item, count) VALUES ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}
                ON CONFLICT (day, kind, item) DO UPDATE SET count = engagement_counts.count + excluded.count`,
          args: chunk.flatMap((r) => [r.day, r.kind, r.key, r.count]),
        });
      }
      await driver.atomic(statements);
    },

    async totalsByKey({ from, to }, limit) {
      const rows = await driver.query(
        `SELECT kind, item, total FROM (
           SELECT kind, item, SUM(count) AS total,
                  ROW_NUMBER() OVER (PARTITION BY kind ORDER BY SUM(count) DESC, item${byText}) AS place
           FROM engagement_counts WHERE day >= ? AND day <= ? GROUP BY kind, item
         ) ranked WHERE place <= ? ORDER BY kind, total DESC, item${byText}`,
        [from, to, limit],
      );
      return rows.map((r) => ({ kind: str(r['kind']) as CounterKind, key: str(r['item']), count: num(r['total']) }));
    },

    async totalsByDay({ from, to }) {
      const rows = await driver.query(
        'SELECT day, kind, SUM(count) AS total FROM engagement_counts WHERE day >= ? AND day <= ? GROUP BY day, kind ORDER BY day, kind',
        [from, to],
      );
      return rows.map((r) => ({ day: str(r['day']), kind: str(r['kind']) as CounterKind, count: num(r['total']) }));
    },

    async rows({ from, to }, limit) {
      const rows = await driver.query(
        `SELECT day, kind, item, count FROM engagement_counts WHERE day >= ? AND day <= ?
         ORDER BY day, kind, count DESC, item${byText} LIMIT ?`,
        [from, to, limit],
      );
      return rows.map(toCounter);
    },

    async monthly() {
      const rows = await driver.query(
        'SELECT substr(day, 1, 7) AS month, kind, SUM(count) AS total FROM engagement_counts GROUP BY substr(day, 1, 7), kind ORDER BY month, kind',
      );
      return rows.map((r) => ({ month: str(r['month']), kind: str(r['kind']) as CounterKind, count: num(r['total']) }));
    },

    async feedbackByPage({ from, to }) {
      const rows = await driver.query(
        `SELECT page, COUNT(*) AS answers, SUM(CASE WHEN useful = 'yes' THEN 1 ELSE 0 END) AS useful
         FROM feedback WHERE created_at >= ? AND created_at < ? GROUP BY page`,
        [`${from}T00:00:00.000Z`, `${nextDay(to)}T00:00:00.000Z`],
      );
      return rows.map((r) => ({ page: str(r['page']), answers: num(r['answers']), useful: num(r['useful']) }));
    },

    async foldSearches(before) {
      const where = `kind IN ${SEARCH_KINDS} AND day < ? AND item <> ?`;
      const [counted] = await driver.query(`SELECT COUNT(*) AS n FROM engagement_counts WHERE ${where}`, [before, FOLDED_SEARCH_KEY]);
      if (num(counted?.['n']) === 0) return 0;
      await driver.atomic([
        {
          sql: `INSERT INTO engagement_counts (day, kind, item, count)
                SELECT day, kind, ?, SUM(count) FROM engagement_counts WHERE ${where} GROUP BY day, kind
                ON CONFLICT (day, kind, item) DO UPDATE SET count = engagement_counts.count + excluded.count`,
          args: [FOLDED_SEARCH_KEY, before, FOLDED_SEARCH_KEY],
        },
        { sql: `DELETE FROM engagement_counts WHERE ${where}`, args: [before, FOLDED_SEARCH_KEY] },
      ]);
      return num(counted?.['n']);
    },
  };
}

function toCounter(r: SqlRow): CounterRow {
  return { day: str(r['day']), kind: str(r['kind']) as CounterKind, key: str(r['item']), count: num(r['count']) };
}
