import { createClient } from '@libsql/client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openStoreFromEnv } from '../../../src/functions/from-env.ts';
import { MIGRATIONS } from '../../../src/functions/store/migrations.ts';
import { createSqliteDriver, openSqliteStore } from '../../../src/functions/store/sqlite.ts';
import { describeStoreContract, describeUpgradeFromV2 } from './store-contract.ts';
import { describeEngagementContract } from './engagement-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'feedback-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

describeStoreContract('SQLite', () => openSqliteStore(join(dir, `contract-${++n}.db`)));
describeEngagementContract('SQLite', () => openSqliteStore(join(dir, `engagement-${++n}.db`)));
describeUpgradeFromV2('SQLite', async () => {
  const file = join(dir, 'upgrade.db');
  return { driver: createSqliteDriver(createClient({ url: pathToFileURL(file).href })), reopen: () => openSqliteStore(file) };
});

describe('SQLite specifics', () => {
  it('creates the folder, records migrations once, and reopens an existing database', async () => {
    const file = join(dir, 'nested', 'deeper', 'feedback.db');
    await (await openSqliteStore(file)).close();
    await (await openSqliteStore(file)).close();
    const client = createClient({ url: pathToFileURL(file).href });
    const rows = (await client.execute('SELECT version, name FROM schema_migrations ORDER BY version')).rows;
    expect(rows.map((r) => [Number(r['version']), r['name']])).toEqual(MIGRATIONS.map((m) => [m.version, m.name]));
    expect((await client.execute('PRAGMA journal_mode')).rows[0]?.[0]).toBe('wal');
    client.close();
  });

  it('opens FEEDBACK_DB from the environment', async () => {
    const file = join(dir, 'env', 'f.db');
    const store = await openStoreFromEnv({ FEEDBACK_DB: file, DATABASE_URL: 'mysql://not-used' });
    await store.insert({ id: 'x', createdAt: '2025-01-01T00:00:00.000Z', page: '/', useful: 'yes', doing: null, problem: null, group: null, email: null });
    expect((await store.list({ limit: 5 })).map((i) => i.id)).toEqual(['x']);
    await store.close();
  });
});
