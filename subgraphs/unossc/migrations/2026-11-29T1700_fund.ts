/** UNOSSC's own field: the trust fund that finances each project. Landed: never edit. */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table projects add column fund text not null default 'UN_FUND_FOR_SSC'
      check (fund in ('IBSA_FUND', 'PEREZ_GUERRERO_TRUST_FUND', 'UN_FUND_FOR_SSC'));
    create index projects_fund on projects (fund);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table projects drop column fund`.execute(db);
}
