/**
 * A project's texts in several languages: `language` is the language of `title` and
 * `description` (ISO 639-1), `narratives` their translations as `[{ field, lang, text }]`
 * (field TITLE or DESCRIPTION). Landed: never edit.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table projects add column language text not null default 'en', add column narratives jsonb not null default '[]'::jsonb`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table projects drop column narratives, drop column language`.execute(db);
}
