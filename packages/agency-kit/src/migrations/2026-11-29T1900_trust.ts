/**
 * Writes that carry an identity: evaluation drafts and sign-offs, recipient confirmations,
 * idempotency keys of creating mutations. Landed: never edit.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table evaluations add column status text not null default 'FINAL' check (status in ('DRAFT', 'FINAL'));
    create table evaluation_signoffs (
      evaluation_id text collate "C" not null references evaluations (id) on delete cascade,
      agency text not null,
      user_id text not null,
      at timestamptz not null default now(),
      primary key (evaluation_id, agency)
    );
    create table project_confirmations (
      project_id text collate "C" not null references projects (id) on delete cascade,
      agency text not null,
      user_id text not null,
      at timestamptz not null default now(),
      comment text check (length(comment) <= 2000),
      primary key (project_id, agency)
    );
    create table idempotency_keys (
      agency text not null,
      user_id text not null,
      key text not null,
      action text not null,
      record_id text not null,
      created_at timestamptz not null default now(),
      primary key (agency, user_id, key)
    );
    create index audit_recent on audit_log (id desc);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table idempotency_keys, project_confirmations, evaluation_signoffs;
    alter table evaluations drop column status;
    drop index audit_recent;
  `.execute(db);
}
