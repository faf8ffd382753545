/** A request for cooperation may be WITHDRAWN by the side that submitted it. Landed: never edit. */
import { type Kysely, sql } from 'kysely';

const STATUSES = (withdrawn: boolean) =>
  sql.raw(
    ["'SUBMITTED'", "'UNDER_APPRAISAL'", "'ACCEPTED'", "'DECLINED'", "'CONVERTED'", ...(withdrawn ? ["'WITHDRAWN'"] : [])].join(', '),
  );

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cooperation_requests drop constraint cooperation_requests_status_check,
    add constraint cooperation_requests_status_check check (status in (${STATUSES(true)}))`.execute(db);
}

/** Going back, a withdrawn request is kept as DECLINED, with the reason that it was withdrawn. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update cooperation_requests set status = 'DECLINED', decline_reason = coalesce(decline_reason, 'withdrawn by the requesting side')
    where status = 'WITHDRAWN'`.execute(db);
  await sql`alter table cooperation_requests drop constraint cooperation_requests_status_check,
    add constraint cooperation_requests_status_check check (status in (${STATUSES(false)}))`.execute(db);
}
