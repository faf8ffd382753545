/**
 * What an imported IATI activity said that the graph does not model (a transaction, a location,
 * a document link, a sector of another vocabulary, ...): kept as the elements' XML, in file
 * order, and written back by the export in their place. Landed: never edit.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table projects add column iati_extra jsonb not null default '[]'::jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table projects drop column iati_extra`.execute(db);
}
