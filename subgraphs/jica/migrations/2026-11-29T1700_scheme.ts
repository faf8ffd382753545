/** JICA's own field: the cooperation scheme of each project. Landed: never edit. */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table projects add column scheme text not null default 'TECHNICAL_COOPERATION_PROJECT'
      check (scheme in ('TECHNICAL_COOPERATION_PROJECT', 'THIRD_COUNTRY_TRAINING', 'JBPP'));
    create index projects_scheme on projects (scheme);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table projects drop column scheme`.execute(db);
}
