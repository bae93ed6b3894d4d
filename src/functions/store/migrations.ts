/**
 * Schema migrations: numbered, applied in order, each recorded in schema_migrations.
 * Never edit a migration that has shipped; add the next number instead.
 */
import type { SqlDriver } from './driver.ts';

export interface Migration {
  version: number;
  name: string;
  sqlite: string[];
  postgres: string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'create feedback',
    sqlite: [
      `CREATE TABLE feedback (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        page TEXT NOT NULL,
        useful TEXT NOT NULL CHECK (useful IN ('yes', 'no')),
        doing TEXT,
        problem TEXT,
        user_group TEXT,
        email TEXT,
        status TEXT NOT NULL DEFAULT 'new',
        tags TEXT NOT NULL DEFAULT '[]',
        response TEXT,
        public INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        responded_at TEXT,
        closed_at TEXT
      )`,
      'CREATE INDEX feedback_created ON feedback (created_at DESC, seq DESC)',
      'CREATE INDEX feedback_status ON feedback (status)',
      'CREATE INDEX feedback_page ON feedback (page)',
    ],
    postgres: [
      `CREATE TABLE feedback (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        created_at TIMESTAMPTZ NOT NULL,
        page TEXT NOT NULL,
        useful TEXT NOT NULL CHECK (useful IN ('yes', 'no')),
        doing TEXT,
        problem TEXT,
        user_group TEXT,
        email TEXT,
        status TEXT NOT NULL DEFAULT 'new',
        tags JSONB NOT NULL DEFAULT '[]'::jsonb,
        response TEXT,
        public BOOLEAN NOT NULL DEFAULT false,
        updated_at TIMESTAMPTZ NOT NULL,
        responded_at TIMESTAMPTZ,
        closed_at TIMESTAMPTZ
      )`,
      'CREATE INDEX feedback_created ON feedback (created_at DESC, seq DESC)',
      'CREATE INDEX feedback_status ON feedback (status)',
      'CREATE INDEX feedback_page ON feedback (page)',
    ],
  },
  {
    version: 2,
    name: 'index public responses',
    sqlite: ['CREATE INDEX feedback_public ON feedback (public, responded_at)'],
    postgres: ['CREATE INDEX feedback_public ON feedback (public, responded_at) WHERE public'],
  },
  {
    // "You said, we did" shows this staff-written summary, never the reader's own words.
    version: 3,
    name: 'add public summary',
    sqlite: ['ALTER TABLE feedback ADD COLUMN public_summary TEXT'],
    postgres: ['ALTER TABLE feedback ADD COLUMN public_summary TEXT'],
  },
  {
    // Engagement counters (docs/engagement.md): one row per UTC day, kind and key; never an event, address or browser.
    version: 4,
    name: 'create engagement counters',
    sqlite: [
      `CREATE TABLE engagement_counts (
        day TEXT NOT NULL,
        kind TEXT NOT NULL,
        item TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count >= 0),
        PRIMARY KEY (day, kind, item)
      )`,
      'CREATE INDEX engagement_kind_day ON engagement_counts (kind, day)',
    ],
    postgres: [
      `CREATE TABLE engagement_counts (
        day TEXT NOT NULL CHECK (day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
        kind TEXT NOT NULL,
        item TEXT NOT NULL,
        count BIGINT NOT NULL CHECK (count >= 0),
        PRIMARY KEY (day, kind, item)
      )`,
      'CREATE INDEX engagement_kind_day ON engagement_counts (kind, day)',
    ],
  },
];

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/** Applies every migration not yet recorded; returns the versions it applied. */
export async function runMigrations(
  driver: SqlDriver,
  migrations: readonly Migration[] = MIGRATIONS,
  now: () => Date = () => new Date(),
): Promise<number[]> {
  return driver.exclusive(async () => {
    await driver.run(CREATE_TABLE);
    const rows = await driver.query('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => Number(r['version'])));
    const done: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(m.version)) continue;
      await driver.atomic([
        ...m[driver.dialect].map((sql) => ({ sql })),
        {
          sql: 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
          args: [m.version, m.name, now().toISOString()],
        },
      ]);
      done.push(m.version);
    }
    return done;
  });
}
