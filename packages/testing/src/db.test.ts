// @ssc/db's own tests: they need a PostgreSQL, so they sit here, above the data layer, on the test tooling built on it

import { createDatabase, type Migrations, migrateToLatest } from '@ssc/db';
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createFreshDatabase } from './index.ts';

const table = (name: string) => ({
  up: async (db: Kysely<unknown>) => {
    await sql`create table ${sql.table(name)} (id int primary key)`.execute(db);
  },
});

describe('the migration runner', () => {
  it('applies pending migrations in name order, once', async () => {
    const fresh = await createFreshDatabase({}, 'migrate');
    try {
      const migrations: Migrations = { '2026-01-02T0000_second': table('b'), '2026-01-01T0000_first': table('a') };
      expect(await migrateToLatest(fresh.db, migrations)).toEqual({
        applied: ['2026-01-01T0000_first', '2026-01-02T0000_second'],
      });
      expect(await migrateToLatest(fresh.db, migrations)).toEqual({ applied: [] });
    } finally {
      await fresh.drop();
    }
  });

  it('refuses names that are not timestamps', async () => {
    const fresh = await createFreshDatabase({}, 'names');
    try {
      await expect(migrateToLatest(fresh.db, { first: table('a') })).rejects.toThrow(/YYYY-MM-DDTHHMM_name/);
    } finally {
      await fresh.drop();
    }
  });

  it('names the failing migration and leaves nothing of the failed run behind', async () => {
    const fresh = await createFreshDatabase({}, 'failing');
    try {
      const broken: Migrations = {
        '2026-01-01T0000_ok': table('a'),
        '2026-01-02T0000_broken': { up: async (db) => void (await sql`create table oops (`.execute(db)) },
      };
      await expect(migrateToLatest(fresh.db, broken)).rejects.toThrow(/2026-01-02T0000_broken failed/);
      const tables = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_name = 'a'`.execute(
        fresh.db,
      );
      expect(tables.rows[0]?.n).toBe(0);
    } finally {
      await fresh.drop();
    }
  });
});

describe('the database handle', () => {
  it('counts the SQL statements it sends', async () => {
    const fresh = await createFreshDatabase({}, 'stats');
    try {
      const before = fresh.stats.queries;
      await sql`select 1`.execute(fresh.db);
      await sql`select 2`.execute(fresh.db);
      expect(fresh.stats.queries - before).toBe(2);
      expect(await fresh.ping()).toBe(true);
    } finally {
      await fresh.drop();
    }
  });

  it('answers false to a ping when the database cannot be reached', async () => {
    const db = createDatabase({ connectionString: 'postgres://nobody:wrong@127.0.0.1:1/none' });
    try {
      expect(await db.ping(1_000)).toBe(false);
    } finally {
      await db.close();
    }
  });
});
