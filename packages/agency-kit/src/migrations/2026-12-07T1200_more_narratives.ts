/**
 * A participant's name in several languages: `name_translations` holds `[{ lang, text }]`
 * besides `name`, which is in the project's `language`. (Results, indicators and monitoring
 * progress keep their translations inside their JSON: `titleTranslations`, `commentTranslations`.)
 * Landed: never edit.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table project_participants add column name_translations jsonb not null default '[]'::jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table project_participants drop column name_translations`.execute(db);
}
