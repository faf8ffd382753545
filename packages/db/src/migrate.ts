import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from 'kysely/migration';

/** Migrations by name; names are timestamps (`2026-11-29T1600_core`), run in name order. */
export type Migrations = Record<string, Migration>;

class ObjectMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: Migrations) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return this.migrations;
  }
}

const NAME = /^\d{4}-\d{2}-\d{2}T\d{4}_[a-z0-9_]+$/;

/** Runs every pending migration; throws with the failing migration's name and cause. */
export async function migrateToLatest<DB>(db: Kysely<DB>, migrations: Migrations): Promise<{ applied: string[] }> {
  for (const name of Object.keys(migrations)) {
    if (!NAME.test(name)) throw new Error(`migration name "${name}" is not of the form YYYY-MM-DDTHHMM_name`);
  }
  const migrator = new Migrator({ db, provider: new ObjectMigrationProvider(migrations) });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  const failed = result.results?.find((r) => r.status === 'Error');
  if (result.error || failed) {
    const cause = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`, { cause: result.error });
  }
  return { applied: (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/** The migrations not yet applied to a database, by name (none: it is up to date). */
export async function pendingMigrations<DB>(db: Kysely<DB>, migrations: Migrations): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new ObjectMigrationProvider(migrations) });
  return (await migrator.getMigrations()).filter((m) => !m.executedAt).map((m) => m.name);
}
