/** Reads and writes of the agency's evaluations, their ratings and sign-offs. */
import type { EvaluationFilter, PageArgs } from '@ssc/contract';
import { type ExpressionBuilder, type InferResult, type Insertable, sql, type Updateable } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { type Counted, type Db, inOrder, keysetSlice, type Slice, slicesByParent, type Trx } from '../../query.ts';
import type { AgencyDatabase, EvaluationTable, RatingTable, SignOffTable } from '../../tables.ts';

// ---------------------------------------------------------------- reads

/** An evaluation with its ratings and sign-offs, as kysely infers it from `selectEvaluations`. */
export type EvaluationRow = InferResult<ReturnType<typeof selectEvaluations>>[number];

function evaluationColumns(eb: ExpressionBuilder<AgencyDatabase, 'evaluations'>) {
  return [
    jsonArrayFrom(
      eb
        .selectFrom('evaluation_ratings as er')
        .select(['er.criterion', 'er.score', 'er.narrative'])
        .whereRef('er.evaluation_id', '=', 'evaluations.id')
        .orderBy(sql`array_position(array['RELEVANCE','COHERENCE','EFFECTIVENESS','EFFICIENCY','IMPACT','SUSTAINABILITY'], er.criterion)`),
    ).as('ratings'),
    jsonArrayFrom(
      eb
        .selectFrom('evaluation_signoffs as so')
        .select(['so.agency', 'so.user_id', 'so.at'])
        .whereRef('so.evaluation_id', '=', 'evaluations.id')
        .orderBy('so.at'),
    ).as('signoffs'),
  ];
}

const selectEvaluations = (db: Db) => db.selectFrom('evaluations').selectAll('evaluations').select(evaluationColumns);

/**
 * Drafts are visible only to their evaluating agencies: `viewer` is the caller's agency code
 * (null for anonymous callers, who see final evaluations only).
 */
export function visibleTo(viewer: string | null) {
  return (eb: ExpressionBuilder<AgencyDatabase, 'evaluations'>) =>
    viewer
      ? eb.or([eb('evaluations.status', '=', 'FINAL'), sql<boolean>`evaluations.evaluators && ${sql.val([viewer])}::text[]`])
      : eb('evaluations.status', '=', 'FINAL');
}

export async function evaluationsByIds(db: Db, ids: readonly string[], viewer: string | null): Promise<(EvaluationRow | null)[]> {
  if (!ids.length) return [];
  const rows = await selectEvaluations(db)
    .where('evaluations.id', 'in', [...new Set(ids)])
    .where(visibleTo(viewer))
    .execute();
  return inOrder(ids, rows);
}

export function evaluationWhere(f: EvaluationFilter | null | undefined) {
  return (eb: ExpressionBuilder<AgencyDatabase, 'evaluations'>) => {
    const and = [];
    if (f?.evaluators?.length) and.push(sql<boolean>`evaluations.evaluators && ${sql.val(f.evaluators)}::text[]`);
    if (f?.types?.length) and.push(eb('evaluations.type', 'in', f.types));
    if (f?.overallRatings?.length) and.push(eb('evaluations.overall_rating', 'in', f.overallRatings));
    if (f?.projectIds?.length) and.push(eb('evaluations.project_id', 'in', f.projectIds));
    if (f?.from) and.push(eb('evaluations.date', '>=', f.from));
    if (f?.to) and.push(eb('evaluations.date', '<=', f.to));
    return eb.and(and);
  };
}

export type EvaluationKey = { id: string; date: string; date_rank: number };

export async function evaluationSlice(
  db: Db,
  filter: EvaluationFilter | null | undefined,
  page: PageArgs,
  viewer: string | null,
  counted?: Counted,
): Promise<Slice<EvaluationKey>> {
  const base = db.selectFrom('evaluations').where(evaluationWhere(filter)).where(visibleTo(viewer));
  return keysetSlice(
    db,
    base,
    { table: 'evaluations', rank: 'date_rank', select: (q) => q.select(['evaluations.id', 'evaluations.date', 'evaluations.date_rank']) },
    page,
    counted,
  );
}

/** The evaluation slices of many projects (drafts filtered by viewer). */
export function evaluationSlicesByProject(
  db: Db,
  projectIds: readonly string[],
  first: number,
  viewer: string | null,
): Promise<Map<string, Slice<EvaluationKey>>> {
  const inner = db
    .selectFrom('evaluations')
    .select(['project_id as parent', 'id', 'date', 'date_rank'])
    .select(sql<number>`row_number() over (partition by project_id order by date_rank, id)`.as('rn'))
    .select(sql<number>`count(*) over (partition by project_id)`.as('total'))
    .where('project_id', 'in', [...new Set(projectIds)])
    .where(visibleTo(viewer));
  return slicesByParent(db, inner, projectIds, first);
}

// ---------------------------------------------------------------- writes

export type NewEvaluation = Insertable<EvaluationTable>;

export async function insertEvaluation(trx: Trx, row: NewEvaluation): Promise<void> {
  await trx.insertInto('evaluations').values(row).execute();
}

/** Inserts the evaluations whose id is new (existing ones are kept as they are); returns the new ids. */
export async function insertNewEvaluations(trx: Trx, rows: readonly NewEvaluation[]): Promise<Set<string>> {
  if (!rows.length) return new Set();
  const inserted = await trx
    .insertInto('evaluations')
    .values([...rows])
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  return new Set(inserted.map((r) => r.id));
}

export async function insertRatings(trx: Trx, rows: readonly Insertable<RatingTable>[]): Promise<void> {
  if (rows.length)
    await trx
      .insertInto('evaluation_ratings')
      .values([...rows])
      .execute();
}

export async function ratingsOf(trx: Trx, id: string) {
  return trx.selectFrom('evaluation_ratings').select(['criterion', 'score', 'narrative']).where('evaluation_id', '=', id).execute();
}

export async function lockEvaluation(trx: Trx, id: string) {
  return trx.selectFrom('evaluations').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Writes a new state of the evaluation (one version on); `ratings`, when given, replace its ratings. */
export async function updateEvaluation(
  trx: Trx,
  id: string,
  values: Updateable<EvaluationTable>,
  ratings?: readonly Insertable<RatingTable>[],
): Promise<void> {
  await trx
    .updateTable('evaluations')
    .set({ ...values, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
  if (ratings) {
    await trx.deleteFrom('evaluation_ratings').where('evaluation_id', '=', id).execute();
    await insertRatings(trx, ratings);
  }
}

/** Records an agency's sign-off; false when it had signed already. */
export async function insertSignOff(trx: Trx, row: Insertable<SignOffTable>): Promise<boolean> {
  const signed = await trx
    .insertInto('evaluation_signoffs')
    .values(row)
    .onConflict((oc) => oc.columns(['evaluation_id', 'agency']).doNothing())
    .returning('agency')
    .executeTakeFirst();
  return !!signed;
}

export async function countSignOffs(trx: Trx, id: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from evaluation_signoffs where evaluation_id = ${id}`.execute(trx);
  return rows[0]?.n ?? 0;
}

/** Drops the evaluation's sign-offs; returns the agencies whose sign-off it dropped. */
export async function clearSignOffs(trx: Trx, id: string): Promise<string[]> {
  const cleared = await trx.deleteFrom('evaluation_signoffs').where('evaluation_id', '=', id).returning('agency').execute();
  return cleared.map((c) => c.agency);
}

/** Sign-offs made at given times (the seed's history); those already recorded are kept. */
export async function insertDatedSignOffs(
  trx: Trx,
  rows: readonly { evaluationId: string; agency: string; user: string; at: string }[],
): Promise<void> {
  if (!rows.length) return;
  await sql`insert into evaluation_signoffs (evaluation_id, agency, user_id, at)
    select * from unnest(${rows.map((s) => s.evaluationId)}::text[], ${rows.map((s) => s.agency)}::text[],
      ${rows.map((s) => s.user)}::text[], ${rows.map((s) => s.at)}::timestamptz[])
    on conflict do nothing`.execute(trx);
}
