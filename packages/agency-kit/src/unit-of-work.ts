/**
 * The unit of work, in one place: every accepted change runs in one transaction that also
 * writes its audit-log entries; a creating change may name an idempotency key (a retry with it
 * returns the first result, once); totals cached for paging are dropped after every write. A
 * refused change (any error thrown inside) rolls back and leaves nothing behind.
 */
import type { Identity } from '@ssc/auth';
import { type AgencyEntry, makeId, type RecordKind } from '@ssc/contract';
import { Conflict } from './errors.ts';
import type { CountCache, Db, Trx } from './query.ts';
import {
  type AuditEntry,
  claimIdempotencyKey,
  idempotencyKeyUse,
  insertAuditEntries,
  nextNumber,
  nextNumbers,
  settleIdempotencyKey,
} from './records/audit/repository.ts';
import { LIMITS, text } from './validate.ts';

export type { AuditEntry } from './records/audit/repository.ts';

/** Who acts: the identity writes are checked against, and the request it came in. */
export interface Actor {
  readonly identity: Identity;
  readonly requestId: string;
  readonly clientRequestId: string | null;
}

/** What a change did: the record, its state before and after (or nothing), and further entries for the audit log. */
export type Change = ({ id: string; before: unknown; after: unknown } | { id: string; unchanged: true }) & { also?: AuditEntry[] };

/** What a change works with, inside its transaction. */
export interface Work {
  readonly trx: Trx;
  /**
   * Creates a record once per idempotency key: a retry returns the record the first call
   * made. Concurrent calls with one key wait on its row, so only one creates.
   */
  once(key: string | null | undefined, create: () => Promise<{ id: string; after: unknown }>): Promise<Change>;
  /** A new id of this agency's records of `kind`, from `sequence`. */
  nextId(kind: RecordKind, sequence: string): Promise<string>;
  /** `count` new ids of `kind` at once (a bulk load), in one statement. */
  nextIds(kind: RecordKind, sequence: string, count: number): Promise<string[]>;
}

export interface UnitOfWork {
  /** Runs `change` in a transaction with its audit-log entry (named `action`); returns the record's id. */
  run(actor: Actor, action: string, change: (work: Work) => Promise<Change>): Promise<string>;
}

export function unitOfWork(agency: AgencyEntry, db: Db, counts: CountCache): UnitOfWork {
  return {
    async run(actor, action, change) {
      const { identity } = actor;
      const id = await db.transaction().execute(async (trx) => {
        const work: Work = {
          trx,
          async once(key, create) {
            if (key == null) return { ...(await create()), before: null };
            text('idempotencyKey', key, LIMITS.idempotencyKey, true);
            const owner = { agency: identity.agency, user: identity.user, key };
            if (!(await claimIdempotencyKey(trx, owner, action))) {
              const earlier = await idempotencyKeyUse(trx, owner);
              if (earlier.action !== action)
                throw new Conflict(`idempotencyKey "${key}" was used for ${earlier.action}; use a new key`, { argument: 'idempotencyKey' });
              return { id: earlier.record_id, unchanged: true as const };
            }
            const made = await create();
            await settleIdempotencyKey(trx, owner, made.id);
            return { ...made, before: null };
          },
          nextId: async (kind, sequence) => makeId(agency, kind, await nextNumber(trx, sequence)),
          nextIds: async (kind, sequence, count) => (await nextNumbers(trx, sequence, count)).map((n) => makeId(agency, kind, n)),
        };
        const result = await change(work);
        if (!('unchanged' in result)) {
          await insertAuditEntries(
            trx,
            { user: identity.user, agency: identity.agency, requestId: actor.requestId, clientRequestId: actor.clientRequestId },
            [{ action, id: result.id, before: result.before, after: result.after }, ...(result.also ?? [])],
          );
        }
        return result.id;
      });
      // totals may have changed
      counts.clear();
      return id;
    },
  };
}
