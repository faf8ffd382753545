/** ABC's own field: the programme line of each project. Landed: never edit. */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table projects add column programme_line text not null default 'BILATERAL_TECHNICAL_COOPERATION'
      check (programme_line in ('BILATERAL_TECHNICAL_COOPERATION', 'TRILATERAL_WITH_DEVELOPED_COUNTRIES',
        'TRILATERAL_WITH_INTERNATIONAL_ORGANISATIONS', 'HUMANITARIAN_COOPERATION'));
    create index projects_programme_line on projects (programme_line);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table projects drop column programme_line`.execute(db);
}
