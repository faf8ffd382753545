/**
 * The tables of the unit of work: the audit log (one entry per accepted change), the
 * idempotency keys of creating mutations, and the number sequences of new records.
 */
import { sql } from 'kysely';
import type { Db, Trx } from '../../query.ts';

/** One entry of the audit log: the record changed, and its state before and after. */
export type AuditEntry = { action: string; id: string; before: unknown; after: unknown };

/** Who made a change, and in which request (this server's id and the caller's own). */
export interface AuditActor {
  readonly user: string;
  readonly agency: string;
  readonly requestId: string;
  readonly clientRequestId: string | null;
}

export async function insertAuditEntries(trx: Trx, actor: AuditActor, entries: readonly AuditEntry[]): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values(
      entries.map((e) => ({
        actor_user: actor.user,
        actor_agency: actor.agency,
        request_id: actor.requestId,
        client_request_id: actor.clientRequestId,
        action: e.action,
        record_id: e.id,
        before: e.before === null ? null : JSON.stringify(e.before),
        after: JSON.stringify(e.after),
      })),
    )
    .execute();
}

/** Newest first: `first + 1` entries (so the caller knows whether more follow), after the entry `afterId`. */
export async function auditEntries(db: Db, a: { recordId?: string | null; first: number; afterId: number | null }) {
  let q = db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(a.first + 1);
  if (a.recordId) q = q.where('record_id', '=', a.recordId);
  if (a.afterId !== null) q = q.where('id', '<', a.afterId);
  return q.execute();
}

type KeyOwner = { agency: string; user: string; key: string };

/** Claims an idempotency key for `action`; false when it was claimed before (the claim waits on a concurrent one). */
export async function claimIdempotencyKey(trx: Trx, k: KeyOwner, action: string): Promise<boolean> {
  const claimed = await trx
    .insertInto('idempotency_keys')
    .values({ agency: k.agency, user_id: k.user, key: k.key, action, record_id: '' })
    .onConflict((oc) => oc.columns(['agency', 'user_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return !!claimed;
}

/** What an earlier claim of the key did: its action and the record it made. */
export async function idempotencyKeyUse(trx: Trx, k: KeyOwner): Promise<{ action: string; record_id: string }> {
  return trx
    .selectFrom('idempotency_keys')
    .select(['action', 'record_id'])
    .where('agency', '=', k.agency)
    .where('user_id', '=', k.user)
    .where('key', '=', k.key)
    .executeTakeFirstOrThrow();
}

export async function settleIdempotencyKey(trx: Trx, k: KeyOwner, recordId: string): Promise<void> {
  await trx
    .updateTable('idempotency_keys')
    .set({ record_id: recordId })
    .where('agency', '=', k.agency)
    .where('user_id', '=', k.user)
    .where('key', '=', k.key)
    .execute();
}

/** The next number of a record sequence. */
export async function nextNumber(trx: Trx, sequence: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`select nextval(${sequence})::int as n`.execute(trx);
  return rows[0]?.n as number;
}

/** `count` numbers of the sequence at once. */
export async function nextNumbers(trx: Trx, sequence: string, count: number): Promise<number[]> {
  if (count <= 0) return [];
  const { rows } = await sql<{ n: number }>`select nextval(${sequence})::int as n from generate_series(1, ${count}::int)`.execute(trx);
  return rows.map((r) => r.n);
}

/** Moves each sequence past the numbers of the ids stored (seeded records keep their ids). */
export async function alignSequences(trx: Trx, pairs: readonly (readonly [table: string, sequence: string])[]): Promise<void> {
  for (const [table, seq] of pairs) {
    await sql`select setval(${seq}, greatest(1, (select coalesce(max(substring(id from '[0-9]+$')::bigint), 0) from ${sql.table(table)})))`.execute(
      trx,
    );
  }
}
