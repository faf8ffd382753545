/** Indonesia's own field: the programme line of each project. Landed: never edit. */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table projects add column programme_line text not null default 'TECHNICAL_COOPERATION'
      check (programme_line in ('TECHNICAL_COOPERATION', 'THIRD_COUNTRY_TRAINING', 'EXPERT_DISPATCH', 'KNOWLEDGE_SHARING'));
    create index projects_programme_line on projects (programme_line);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table projects drop column programme_line`.execute(db);
}
