/**
 * An agency's own registry of users (roles that override a token's, deactivation) and of its
 * public signing keys (served as its JWKS), both managed by the agency's admins. Landed: never edit.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table agency_users (
      user_id text primary key check (length(user_id) between 1 and 200),
      roles text[] not null,
      active boolean not null default true,
      updated_at timestamptz not null default now(),
      updated_by text
    );
    create table signing_keys (
      kid text primary key check (length(kid) between 1 and 200),
      jwk jsonb not null,
      added_at timestamptz not null default now(),
      added_by text,
      retired_at timestamptz
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table agency_users, signing_keys`.execute(db);
}
