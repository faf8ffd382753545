/** The agency's registry of its users and its public signing keys. */
import type { Db, Trx } from '../../query.ts';

export type UserRow = { user_id: string; roles: string[]; active: boolean; updated_at: Date };
export type KeyRow = { kid: string; jwk: Record<string, unknown>; added_at: Date; retired_at: Date | null };

/** This agency's own entry of one of its users (null when its registry does not list it). */
export async function userEntry(db: Db, user: string): Promise<{ roles: string[]; active: boolean } | null> {
  return (await db.selectFrom('agency_users').select(['roles', 'active']).where('user_id', '=', user).executeTakeFirst()) ?? null;
}

export async function usersInOrder(db: Db): Promise<UserRow[]> {
  return db.selectFrom('agency_users').selectAll().orderBy('user_id').execute();
}

export async function userById(db: Db, user: string): Promise<UserRow> {
  return db.selectFrom('agency_users').selectAll().where('user_id', '=', user).executeTakeFirstOrThrow();
}

export async function lockUser(trx: Trx, user: string) {
  return trx.selectFrom('agency_users').selectAll().where('user_id', '=', user).forUpdate().executeTakeFirst();
}

/** Lists the user with these roles and state (replacing what its entry said). */
export async function upsertUser(trx: Trx, user: { user_id: string; roles: string[]; active: boolean; updated_by: string }): Promise<void> {
  await trx
    .insertInto('agency_users')
    .values(user)
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({ roles: user.roles, active: user.active, updated_by: user.updated_by, updated_at: new Date() }),
    )
    .execute();
}

export async function keysInOrder(db: Db): Promise<KeyRow[]> {
  return db.selectFrom('signing_keys').selectAll().orderBy('added_at').execute();
}

export async function keyByKid(db: Db, kid: string): Promise<KeyRow> {
  return db.selectFrom('signing_keys').selectAll().where('kid', '=', kid).executeTakeFirstOrThrow();
}

export async function lockKey(trx: Trx, kid: string) {
  return trx.selectFrom('signing_keys').selectAll().where('kid', '=', kid).forUpdate().executeTakeFirst();
}

/** Adds a key; false when the kid is taken (kids are never reused). */
export async function insertKey(trx: Trx, key: { kid: string; jwk: string; added_by: string }): Promise<boolean> {
  const added = await trx
    .insertInto('signing_keys')
    .values(key)
    .onConflict((oc) => oc.column('kid').doNothing())
    .returning('kid')
    .executeTakeFirst();
  return !!added;
}

export async function retireKey(trx: Trx, kid: string): Promise<void> {
  await trx.updateTable('signing_keys').set({ retired_at: new Date() }).where('kid', '=', kid).execute();
}

/** The public keys in service, oldest first. */
export async function activeJwks(db: Db): Promise<Record<string, unknown>[]> {
  const rows = await db.selectFrom('signing_keys').select('jwk').where('retired_at', 'is', null).orderBy('added_at').execute();
  return rows.map((r) => r.jwk);
}
