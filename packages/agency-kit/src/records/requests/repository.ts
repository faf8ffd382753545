/** Reads and writes of requests for cooperation and their moves. */
import type { CooperationRequestFilter, PageArgs } from '@ssc/contract';
import { type ExpressionBuilder, type InferResult, type Insertable, sql, type Updateable } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { type Counted, type Db, inOrder, keysetSlice, type Slice, type Trx, tsMatch } from '../../query.ts';
import type { AgencyDatabase, RequestTable, TransitionTable } from '../../tables.ts';

// ---------------------------------------------------------------- reads

/** A request with its history, as kysely infers it from `selectRequests`. */
export type RequestRow = InferResult<ReturnType<typeof selectRequests>>[number];

const selectRequests = (db: Db) =>
  db
    .selectFrom('cooperation_requests as r')
    .selectAll('r')
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('request_transitions as t')
          .select(['t.from_status', 't.to_status', 't.user_id', 't.agency', 't.at', 't.comment'])
          .whereRef('t.request_id', '=', 'r.id')
          .orderBy('t.position'),
      ).as('history'),
    );

export async function requestsByIds(db: Db, ids: readonly string[]): Promise<(RequestRow | null)[]> {
  if (!ids.length) return [];
  const rows = await selectRequests(db)
    .where('r.id', 'in', [...new Set(ids)])
    .execute();
  return inOrder(ids, rows);
}

export function requestWhere(f: CooperationRequestFilter | null | undefined) {
  return (eb: ExpressionBuilder<AgencyDatabase, 'cooperation_requests'>) => {
    const and = [];
    if (f?.countries?.length) and.push(eb('cooperation_requests.requester_country', 'in', f.countries));
    if (f?.statuses?.length) and.push(eb('cooperation_requests.status', 'in', f.statuses));
    if (f?.sectors?.length) and.push(sql<boolean>`cooperation_requests.sectors && ${sql.val(f.sectors)}::text[]`);
    if (f?.text?.trim()) {
      and.push(tsMatch(sql`cooperation_requests.title || ' ' || coalesce(cooperation_requests.description, '')`, f.text));
    }
    // days are UTC days, whatever the database server's time zone
    if (f?.submittedFrom) and.push(sql<boolean>`cooperation_requests.submitted_at >= ${`${f.submittedFrom}T00:00:00Z`}::timestamptz`);
    if (f?.submittedTo) {
      and.push(sql<boolean>`cooperation_requests.submitted_at < ${`${f.submittedTo}T00:00:00Z`}::timestamptz + interval '1 day'`);
    }
    return eb.and(and);
  };
}

export type RequestKey = { id: string; submitted_at: string };

export async function requestSlice(
  db: Db,
  filter: CooperationRequestFilter | null | undefined,
  page: PageArgs,
  counted?: Counted,
): Promise<Slice<RequestKey>> {
  const base = db.selectFrom('cooperation_requests').where(requestWhere(filter));
  return keysetSlice(
    db,
    base,
    {
      table: 'cooperation_requests',
      rank: 'submitted_rank',
      select: (q) => q.select(['cooperation_requests.id', 'cooperation_requests.submitted_at']),
    },
    page,
    counted,
  );
}

// ---------------------------------------------------------------- writes

export type NewRequest = Insertable<RequestTable>;

export async function insertRequest(trx: Trx, row: NewRequest): Promise<void> {
  await trx.insertInto('cooperation_requests').values(row).execute();
}

/** Inserts the requests whose id is new (existing ones are kept as they are); returns the new ids. */
export async function insertNewRequests(trx: Trx, rows: readonly NewRequest[]): Promise<Set<string>> {
  if (!rows.length) return new Set();
  const inserted = await trx
    .insertInto('cooperation_requests')
    .values([...rows])
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  return new Set(inserted.map((r) => r.id));
}

export async function lockRequest(trx: Trx, id: string) {
  return trx.selectFrom('cooperation_requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Writes a new state of the request (one version on). */
export async function updateRequest(trx: Trx, id: string, values: Updateable<RequestTable>): Promise<void> {
  await trx
    .updateTable('cooperation_requests')
    .set({ ...values, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** Appends a move to the request's history. */
export async function appendTransition(trx: Trx, move: Omit<Insertable<TransitionTable>, 'position'>): Promise<void> {
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from request_transitions where request_id = ${move.request_id}`.execute(trx);
  await trx
    .insertInto('request_transitions')
    .values({ ...move, position: rows[0]?.n ?? 0 })
    .execute();
}

/** Moves with their positions given (the seed's histories). */
export async function insertTransitions(trx: Trx, rows: readonly Insertable<TransitionTable>[]): Promise<void> {
  if (rows.length)
    await trx
      .insertInto('request_transitions')
      .values([...rows])
      .execute();
}
