/**
 * The audit log keeps the caller's x-request-id apart from the server's own request id: `request_id`
 * is the id the subgraph gave the request, `client_request_id` what the caller sent (printable
 * ASCII, at most 100 characters; null when absent or unfit). Landed: never edit.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_log add column client_request_id text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_log drop column client_request_id`.execute(db);
}
