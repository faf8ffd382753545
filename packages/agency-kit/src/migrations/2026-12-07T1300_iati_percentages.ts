/**
 * The percentages an imported IATI activity gave its recipient countries and its DAC sectors,
 * as the file wrote them (`{ "country": { "MZ": "60" }, "sector": { "31161": "40.5" } }`): the
 * export writes them back where they still cover every code the project holds, else equal
 * shares. Landed: never edit.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table projects add column iati_percentages jsonb not null default '{}'::jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table projects drop column iati_percentages`.execute(db);
}
