/** Reads and writes of the talent bank: experts, their availability and deployments. */
import type { ExpertFilter, PageArgs } from '@ssc/contract';
import { type ExpressionBuilder, type InferResult, type Insertable, sql, type Updateable } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { type Counted, type Db, inOrder, keysetSlice, type Slice, slicesByParent, type Trx, tsMatch } from '../../query.ts';
import type { AgencyDatabase, AvailabilityTable, DeploymentTable, ExpertTable } from '../../tables.ts';

// ---------------------------------------------------------------- reads

/** An expert with availability and deployments, as kysely infers it from `selectExperts`. */
export type ExpertRow = InferResult<ReturnType<typeof selectExperts>>[number];

const selectExperts = (db: Db) =>
  db
    .selectFrom('experts')
    .selectAll('experts')
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('expert_availability as w')
          .select(['w.available_from', 'w.available_to'])
          .whereRef('w.expert_id', '=', 'experts.id')
          .orderBy('w.available_from'),
      ).as('availability'),
      jsonArrayFrom(
        eb
          .selectFrom('expert_deployments as d')
          .select(['d.project_id', 'd.role', 'd.start_date', 'd.end_date'])
          .whereRef('d.expert_id', '=', 'experts.id')
          .orderBy('d.start_date')
          .orderBy('d.id'),
      ).as('deployments'),
    ]);

export async function expertsByIds(db: Db, ids: readonly string[]): Promise<(ExpertRow | null)[]> {
  if (!ids.length) return [];
  const rows = await selectExperts(db)
    .where('experts.id', 'in', [...new Set(ids)])
    .execute();
  return inOrder(ids, rows);
}

export function expertWhere(f: ExpertFilter | null | undefined) {
  return (eb: ExpressionBuilder<AgencyDatabase, 'experts'>) => {
    const and = [];
    if (f?.sectors?.length) and.push(sql<boolean>`experts.sectors && ${sql.val(f.sectors)}::text[]`);
    if (f?.languages?.length) and.push(sql<boolean>`experts.languages && ${sql.val(f.languages)}::text[]`);
    if (f?.countries?.length) and.push(eb('experts.nationality', 'in', f.countries));
    if (f?.text?.trim()) and.push(tsMatch(sql`experts.name || ' ' || coalesce(experts.expertise_summary, '')`, f.text));
    const from = f?.availableFrom ?? f?.availableTo;
    const to = f?.availableTo ?? f?.availableFrom;
    if (from && to) {
      and.push(sql<boolean>`exists (select 1 from expert_availability w where w.expert_id = experts.id
        and w.available_from <= ${from}::date and w.available_to >= ${to}::date)`);
      and.push(sql<boolean>`not exists (select 1 from expert_deployments d where d.expert_id = experts.id
        and d.start_date <= ${to}::date and d.end_date >= ${from}::date)`);
    }
    if (f?.deployedTo?.length) {
      and.push(sql<boolean>`exists (select 1 from expert_deployments d where d.expert_id = experts.id
        and d.project_id = any(${sql.val(f.deployedTo)}::text[]))`);
    }
    return eb.and(and);
  };
}

export type ExpertKey = { id: string; name: string };

export async function expertSlice(
  db: Db,
  filter: ExpertFilter | null | undefined,
  page: PageArgs,
  counted?: Counted,
): Promise<Slice<ExpertKey>> {
  const base = db.selectFrom('experts').where(expertWhere(filter));
  return keysetSlice(
    db,
    base,
    { table: 'experts', rank: 'sort_name', select: (q) => q.select(['experts.id', 'experts.name']) },
    page,
    counted,
  );
}

/** The experts deployed to each of many projects, by name (`Project.experts` of a page). */
export function expertSlicesByProject(db: Db, projectIds: readonly string[], first: number): Promise<Map<string, Slice<ExpertKey>>> {
  const inner = db
    .selectFrom('experts')
    .innerJoin(
      (eb) =>
        eb
          .selectFrom('expert_deployments')
          .select(['expert_id', 'project_id'])
          .distinct()
          .where('project_id', 'in', [...new Set(projectIds)])
          .as('d'),
      (join) => join.onRef('d.expert_id', '=', 'experts.id'),
    )
    .select(['d.project_id as parent', 'experts.id', 'experts.name'])
    .select(sql<number>`row_number() over (partition by d.project_id order by experts.sort_name, experts.id)`.as('rn'))
    .select(sql<number>`count(*) over (partition by d.project_id)`.as('total'));
  return slicesByParent(db, inner, projectIds, first);
}

// ---------------------------------------------------------------- writes

export type NewExpert = Insertable<ExpertTable>;

export async function insertExpert(trx: Trx, row: NewExpert): Promise<void> {
  await trx.insertInto('experts').values(row).execute();
}

/** Inserts the experts whose id is new (existing ones are kept as they are); returns the new ids. */
export async function insertNewExperts(trx: Trx, rows: readonly NewExpert[]): Promise<Set<string>> {
  if (!rows.length) return new Set();
  const inserted = await trx
    .insertInto('experts')
    .values([...rows])
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  return new Set(inserted.map((r) => r.id));
}

export async function lockExpert(trx: Trx, id: string) {
  return trx.selectFrom('experts').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Writes a new state of the expert (one version on). */
export async function updateExpert(trx: Trx, id: string, values: Updateable<ExpertTable>): Promise<void> {
  await trx
    .updateTable('experts')
    .set({ ...values, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

export async function availabilityOf(trx: Trx, id: string) {
  return trx
    .selectFrom('expert_availability')
    .select(['available_from as from', 'available_to as to'])
    .where('expert_id', '=', id)
    .orderBy('available_from')
    .execute();
}

export async function insertAvailability(trx: Trx, rows: readonly Insertable<AvailabilityTable>[]): Promise<void> {
  if (rows.length)
    await trx
      .insertInto('expert_availability')
      .values([...rows])
      .execute();
}

/** Replaces the expert's availability windows. */
export async function replaceAvailability(trx: Trx, id: string, windows: readonly { from: string; to: string }[] | null | undefined) {
  await trx.deleteFrom('expert_availability').where('expert_id', '=', id).execute();
  await insertAvailability(
    trx,
    (windows ?? []).map((w) => ({ expert_id: id, available_from: w.from, available_to: w.to })),
  );
}

/** A deployment of the expert that overlaps the dates, if any. */
export async function overlappingDeployment(trx: Trx, id: string, startDate: string, endDate: string) {
  return trx
    .selectFrom('expert_deployments')
    .select(['project_id', 'start_date', 'end_date'])
    .where('expert_id', '=', id)
    .where('start_date', '<=', endDate)
    .where('end_date', '>=', startDate)
    .executeTakeFirst();
}

export async function insertDeployments(trx: Trx, rows: readonly Insertable<DeploymentTable>[]): Promise<void> {
  if (rows.length)
    await trx
      .insertInto('expert_deployments')
      .values([...rows])
      .execute();
}
