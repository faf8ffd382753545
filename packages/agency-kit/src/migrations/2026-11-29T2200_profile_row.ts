/**
 * The agency's profile row exists from the start (version 0, empty), so that concurrent first
 * writes lock it and the version check refuses the second. Landed: never edit.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`insert into agency_profile (singleton) values (true) on conflict do nothing`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from agency_profile where version = 0`.execute(db);
}
