/**
 * Test support (`@ssc/testing`): one PostgreSQL server per test run (embedded, or
 * `DATABASE_URL`'s server, started by `./global-setup.ts` through the preset `@ssc/testing/vitest`),
 * a fresh, migrated database for every test file, and free ports.
 */
import { randomBytes } from 'node:crypto';
import { createDatabase, type Database, dropDatabase, ensureDatabase, type Migrations, migrateToLatest, serverUrl } from '@ssc/db';
import { afterAll, beforeAll, inject } from 'vitest';

export { freePort } from './ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Maintenance-database URL of the test run's PostgreSQL server. */
    adminDatabaseUrl: string;
  }
}

export interface FreshDatabase<DB> extends Database<DB> {
  readonly url: string;
  readonly name: string;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

/** Creates a new database on the test server, runs the migrations, and connects to it. */
export async function createFreshDatabase<DB>(migrations: Migrations, label = 'test'): Promise<FreshDatabase<DB>> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `t_${label.toLowerCase().replace(/[^a-z0-9]/g, '_')}_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(adminUrl, name);
  const url = serverUrl(adminUrl, name);
  const database = createDatabase<DB>({ connectionString: url, poolMax: 5 });
  await migrateToLatest(database.db, migrations);
  return {
    ...database,
    url,
    name,
    async drop() {
      await database.close();
      await dropDatabase(adminUrl, name);
    },
  };
}

/** A fresh database for the current test file: created before its tests, dropped after. */
export function useFreshDatabase<DB>(migrations: Migrations, label?: string): () => FreshDatabase<DB> {
  let fresh: FreshDatabase<DB> | undefined;
  beforeAll(async () => {
    fresh = await createFreshDatabase<DB>(migrations, label);
  });
  afterAll(async () => {
    await fresh?.drop();
  });
  return () => {
    if (!fresh) throw new Error('the fresh database exists only inside tests (after beforeAll)');
    return fresh;
  };
}
