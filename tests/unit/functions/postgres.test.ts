/**
 * The store contract against a real PostgreSQL server. Start one with
 *   eval "$(bash scripts/pg-test-server.sh start)"
 * Without TEST_DATABASE_URL this file skips locally and fails in CI (CI is set).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/functions/store/migrations.ts';
import { createPostgresDriver, openPostgresStore } from '../../../src/functions/store/postgres.ts';
import { describeStoreContract, describeUpgradeFromV2 } from './store-contract.ts';
import { describeEngagementContract } from './engagement-contract.ts';

const url = process.env['TEST_DATABASE_URL'];
const HOW = 'Start one with: eval "$(bash scripts/pg-test-server.sh start)"';

if (!url) {
  if (process.env['CI']) {
    describe('PostgreSQL store', () => {
      it('needs TEST_DATABASE_URL in CI', () => {
        throw new Error(`TEST_DATABASE_URL is not set, so the PostgreSQL suite cannot run. ${HOW}`);
      });
    });
  } else {
    describe.skip(`PostgreSQL store (skipped: TEST_DATABASE_URL is not set. ${HOW})`, () => {
      it('runs the store contract', () => {});
    });
  }
} else {
  // Each run gets its own schemas, so runs never see each other's rows; dropped at the end.
  const prefix = `feedback_test_${randomBytes(4).toString('hex')}`;
  let n = 0;
  afterAll(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT nspname FROM pg_namespace WHERE nspname LIKE $1', [`${prefix}%`]);
    for (const r of rows) await client.query(`DROP SCHEMA "${r.nspname}" CASCADE`);
    await client.end();
  });

  describeStoreContract('PostgreSQL', () => openPostgresStore({ connectionString: url, schema: `${prefix}_${++n}` }));
  describeEngagementContract('PostgreSQL', () => openPostgresStore({ connectionString: url, schema: `${prefix}_${++n}` }));
  describeUpgradeFromV2('PostgreSQL', async () => {
    const schema = `${prefix}_upgrade`;
    const setup = new pg.Client({ connectionString: url });
    await setup.connect();
    await setup.query(`CREATE SCHEMA "${schema}"`);
    await setup.end();
    const pool = new pg.Pool({ connectionString: url, max: 2, options: `-c search_path="${schema}"` });
    return { driver: createPostgresDriver(pool), reopen: () => openPostgresStore({ connectionString: url, schema }) };
  });

  describe('PostgreSQL specifics', () => {
    it('applies migrations once even when several instances start together', async () => {
      const schema = `${prefix}_race`;
      const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore({ connectionString: url, schema })));
      await Promise.all(stores.map((s) => s.close()));
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query(`SELECT version, name FROM "${schema}".schema_migrations ORDER BY version`);
      await client.end();
      expect(rows.map((r) => [r.version, r.name])).toEqual(MIGRATIONS.map((m) => [m.version, m.name]));
    });
  });
}
