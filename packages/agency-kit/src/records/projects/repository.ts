/** Reads and writes of the agency's projects: their rows, participants, relations and confirmations. */
import { ACTIVITY_STATUS, nameSortKey, type PageArgs, type ProjectFilter } from '@ssc/contract';
import { type ExpressionBuilder, type InferResult, type Insertable, sql, type Updateable } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { type Counted, type Db, inOrder, keysetSlice, type Slice, TODAY_UTC, type Trx } from '../../query.ts';
import type {
  AgencyDatabase,
  ConfirmationTable,
  IatiExtra,
  IatiPercentages,
  ParticipantTable,
  ProjectTable,
  RelationTable,
  TranslationValue,
} from '../../tables.ts';

// ---------------------------------------------------------------- reads

/** A project as `projectsByIds` reads it (the type kysely infers), with the agency's own columns. */
export type ProjectRow = InferResult<ReturnType<typeof selectProjects>>[number] & {
  /** The agency's own columns, added by its migrations (tables.test.ts checks them against its declared ones). */
  [column: string]: unknown;
};
/**
 * When a project's next monitoring report is due: the end of its last reported period (or its
 * start, or the day it was recorded) plus its reporting interval; only projects in
 * implementation are due anything.
 */
const NEXT_REPORT_DUE = sql<string | null>`(case when projects.status = ${sql.lit(ACTIVITY_STATUS.IMPLEMENTATION)}
  then (coalesce(projects.last_report_end, projects.start_date, (projects.created_at at time zone 'UTC')::date)
    + make_interval(months => projects.reporting_interval_months::int))::date end)`;

function projectColumns(eb: ExpressionBuilder<AgencyDatabase, 'projects'>) {
  return [
    jsonArrayFrom(
      eb.selectFrom('project_participants as pp').selectAll('pp').whereRef('pp.project_id', '=', 'projects.id').orderBy('pp.position'),
    ).as('participants'),
    jsonArrayFrom(
      eb
        .selectFrom('project_relations as r')
        .select(['r.related_id', 'r.type'])
        .whereRef('r.project_id', '=', 'projects.id')
        .orderBy('r.related_id'),
    ).as('relations'),
    jsonArrayFrom(
      eb
        .selectFrom('project_confirmations as c')
        .select(['c.agency', 'c.user_id', 'c.at', 'c.comment'])
        .whereRef('c.project_id', '=', 'projects.id')
        .orderBy('c.at'),
    ).as('confirmations'),
    eb
      .selectFrom('monitoring_reports as m')
      .select((e) => e.fn.countAll<number>().as('n'))
      .whereRef('m.project_id', '=', 'projects.id')
      // count(*) without grouping always yields one row
      .$asScalar()
      .$notNull()
      .as('report_count'),
    NEXT_REPORT_DUE.as('next_report_due'),
    sql<boolean>`coalesce(${NEXT_REPORT_DUE} < ${TODAY_UTC}, false)`.as('monitoring_overdue'),
  ];
}

const selectProjects = (db: Db) => db.selectFrom('projects').selectAll('projects').select(projectColumns);

/** Projects by id in one statement, in the order asked (null for unknown ids). */
export async function projectsByIds(db: Db, ids: readonly string[]): Promise<(ProjectRow | null)[]> {
  if (!ids.length) return [];
  const rows = await selectProjects(db)
    .where('projects.id', 'in', [...new Set(ids)])
    .execute();
  return inOrder(ids, rows);
}

/** Up to `size` projects with ids after `after`, in id order: a walk of every project (the IATI export). */
export async function projectsAfter(db: Db, after: string | null, size: number): Promise<ProjectRow[]> {
  let query = selectProjects(db).orderBy('projects.id').limit(size);
  if (after !== null) query = query.where('projects.id', '>', after);
  return query.execute();
}

/** The IATI identifiers of some of the agency's projects, by id. */
export async function iatiIdentifiersOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('projects')
    .select(['id', 'iati_identifier'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.iati_identifier]));
}

/** This agency's projects with these IATI identifiers, by identifier. */
export async function projectsByIatiIdentifier(db: Db, identifiers: readonly string[]): Promise<Map<string, ProjectRow>> {
  if (!identifiers.length) return new Map();
  const rows = await selectProjects(db)
    .where('projects.iati_identifier', 'in', [...new Set(identifiers)])
    .execute();
  return new Map(rows.map((r) => [r.iati_identifier, r]));
}

/** The ids of this agency's projects with these IATI identifiers, by identifier. */
export async function projectIdsByIati(db: Db, identifiers: readonly string[]): Promise<Map<string, string>> {
  if (!identifiers.length) return new Map();
  const rows = await db
    .selectFrom('projects')
    .select(['id', 'iati_identifier'])
    .where('iati_identifier', 'in', [...new Set(identifiers)])
    .execute();
  return new Map(rows.map((r) => [r.iati_identifier, r.id]));
}

/** What an imported activity said that the graph does not model: its other elements, and the percentages of its countries and sectors. */
export async function setIatiKept(
  trx: Trx,
  id: string,
  kept: { extra: readonly IatiExtra[]; percentages: IatiPercentages },
): Promise<void> {
  await trx
    .updateTable('projects')
    .set({ iati_extra: JSON.stringify(kept.extra), iati_percentages: JSON.stringify(kept.percentages) })
    .where('id', '=', id)
    .execute();
}

export function projectWhere(f: ProjectFilter | null | undefined) {
  return (eb: ExpressionBuilder<AgencyDatabase, 'projects'>) => {
    const and = [];
    if (f?.countries?.length) and.push(sql<boolean>`projects.countries && ${sql.val(f.countries)}::text[]`);
    if (f?.sectors?.length) and.push(sql<boolean>`projects.sectors && ${sql.val(f.sectors)}::text[]`);
    if (f?.sdgs?.length) and.push(sql<boolean>`projects.sdgs && ${sql.val(f.sdgs)}::smallint[]`);
    if (f?.statuses?.length)
      and.push(
        eb(
          'projects.status',
          'in',
          f.statuses.map((s) => ACTIVITY_STATUS[s]),
        ),
      );
    if (f?.modalities?.length) and.push(eb('projects.modality', 'in', f.modalities));
    if (f?.text?.trim()) {
      and.push(
        sql<boolean>`to_tsvector('simple', projects.title || ' ' || coalesce(projects.description, '')) @@ plainto_tsquery('simple', ${f.text})`,
      );
    }
    if (f?.participants?.length) {
      and.push(sql<boolean>`projects.participant_keys && ${sql.val(f.participants.map(nameSortKey))}::text[]`);
    }
    if (f?.startsFrom) and.push(eb('projects.start_date', '>=', f.startsFrom));
    if (f?.startsTo) and.push(eb('projects.start_date', '<=', f.startsTo));
    if (f?.monitoringOverdue != null) {
      const overdue = sql<boolean>`coalesce(${NEXT_REPORT_DUE} < ${TODAY_UTC}, false)`;
      and.push(f.monitoringOverdue ? overdue : sql<boolean>`not ${overdue}`);
    }
    return eb.and(and);
  };
}

export type ProjectKey = { id: string; start_date: string | null; start_rank: number };

/**
 * One agency's share of a project list: its total for the filter, and the first `first`
 * records after the cursor (plus one, so the caller knows whether more follow), in one statement.
 */
export async function projectSlice(
  db: Db,
  filter: ProjectFilter | null | undefined,
  page: PageArgs,
  counted?: Counted,
): Promise<Slice<ProjectKey>> {
  const base = db.selectFrom('projects').where(projectWhere(filter));
  return keysetSlice(
    db,
    base,
    { table: 'projects', rank: 'start_rank', select: (q) => q.select(['projects.id', 'projects.start_date', 'projects.start_rank']) },
    page,
    counted,
  );
}

// ---------------------------------------------------------------- writes

/** A project's row, with the agency's own columns. */
export type NewProject = Insertable<ProjectTable> & Record<string, unknown>;

/** The project, locked for the rest of the transaction; null when there is none. */
export async function lockProject(trx: Trx, id: string): Promise<ProjectRow | null> {
  await sql`select 1 from projects where id = ${id} for update`.execute(trx);
  const [row] = await projectsByIds(trx, [id]);
  return row ?? null;
}

export async function insertProject(trx: Trx, row: NewProject): Promise<void> {
  await trx.insertInto('projects').values(row).execute();
}

/** Inserts the projects whose id is new (existing ones are kept as they are); returns the new ids. */
export async function insertNewProjects(trx: Trx, rows: readonly NewProject[]): Promise<Set<string>> {
  if (!rows.length) return new Set();
  const inserted = await trx
    .insertInto('projects')
    .values(rows as NewProject[])
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  return new Set(inserted.map((r) => r.id));
}

/** Writes a new state of the project's row (one version on) and drops its participants and relations, to be written again. */
export async function updateProject(trx: Trx, id: string, row: Updateable<ProjectTable> & Record<string, unknown>): Promise<void> {
  await trx
    .updateTable('projects')
    .set({ ...row, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
  await trx.deleteFrom('project_participants').where('project_id', '=', id).execute();
  await trx.deleteFrom('project_relations').where('project_id', '=', id).execute();
}

export async function insertParticipants(trx: Trx, rows: readonly ParticipantTable[]): Promise<void> {
  if (rows.length)
    await trx
      .insertInto('project_participants')
      // a JSON column's list goes as JSON (pg would send a JavaScript array as a PostgreSQL array)
      .values(rows.map((r) => ({ ...r, name_translations: sql<TranslationValue[]>`${JSON.stringify(r.name_translations)}::jsonb` })))
      .execute();
}

export async function insertRelations(trx: Trx, rows: readonly RelationTable[]): Promise<void> {
  if (rows.length)
    await trx
      .insertInto('project_relations')
      .values([...rows])
      .execute();
}

/** Records an agency's confirmation of its participation; false when it had confirmed already. */
export async function insertConfirmation(trx: Trx, row: Insertable<ConfirmationTable>): Promise<boolean> {
  const done = await trx
    .insertInto('project_confirmations')
    .values(row)
    .onConflict((oc) => oc.columns(['project_id', 'agency']).doNothing())
    .returning('agency')
    .executeTakeFirst();
  return !!done;
}

/** Confirmations made at given times (the seed's history); those already recorded are kept. */
export async function insertDatedConfirmations(
  trx: Trx,
  rows: readonly { projectId: string; agency: string; user: string; at: string; comment?: string | null }[],
): Promise<void> {
  if (!rows.length) return;
  await sql`insert into project_confirmations (project_id, agency, user_id, at, comment)
    select * from unnest(${rows.map((c) => c.projectId)}::text[], ${rows.map((c) => c.agency)}::text[],
      ${rows.map((c) => c.user)}::text[], ${rows.map((c) => c.at)}::timestamptz[],
      ${rows.map((c) => c.comment ?? null)}::text[])
    on conflict do nothing`.execute(trx);
}

/** Links projects to the requests converted into them (a project already linked keeps its request). */
export async function linkRequests(trx: Trx, links: readonly { projectId: string; requestId: string }[]): Promise<void> {
  if (!links.length) return;
  await sql`update projects p set request_id = v.request_id
    from unnest(${links.map((l) => l.requestId)}::text[], ${links.map((l) => l.projectId)}::text[]) as v(request_id, project_id)
    where p.id = v.project_id and p.request_id is null`.execute(trx);
}

/** Notes a reported period's end on its project (the latest end counts). */
export async function noteReportedPeriod(trx: Trx, projectId: string, periodEnd: string): Promise<void> {
  await trx
    .updateTable('projects')
    .set({ last_report_end: sql`greatest(last_report_end, ${periodEnd}::date)` })
    .where('id', '=', projectId)
    .execute();
}

/** Sets each project's last reported period from its reports. */
export async function refreshReportedPeriods(trx: Trx, projectIds: readonly string[]): Promise<void> {
  if (!projectIds.length) return;
  await sql`update projects p set last_report_end = m.last_end
    from (select project_id, max(period_end) as last_end from monitoring_reports
          where project_id = any(${[...projectIds]}::text[]) group by project_id) m
    where p.id = m.project_id and p.last_report_end is distinct from m.last_end`.execute(trx);
}
