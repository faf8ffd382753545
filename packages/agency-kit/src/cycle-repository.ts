/**
 * Reads of the cooperation cycle's records: requests with their moves, monitoring reports with
 * their comments, experts with availability and deployments, lessons, the agency's profile.
 * As in repository.ts, every read that serves GraphQL is one statement whatever the number of
 * records, and list slices return their total with the page.
 */
import type { CooperationRequestFilter, ExpertFilter, LessonFilter, PageArgs } from '@ssc/contract';
import { type ExpressionBuilder, type Selectable, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { type Counted, type Db, inOrder, keysetSlice, type Slice, slicesByParent } from './repository.ts';
import type { AgencyDatabase, ExpertTable, LessonTable, ProfileTable, ReportTable, RequestTable } from './tables.ts';

const tsMatch = (document: ReturnType<typeof sql>, text: string) =>
  sql<boolean>`to_tsvector('simple', ${document}) @@ plainto_tsquery('simple', ${text})`;

// ---------------------------------------------------------------- requests

export type RequestRow = Selectable<RequestTable> & {
  history: { from_status: string | null; to_status: string; user_id: string; agency: string; at: string; comment: string | null }[];
};

export async function requestsByIds(db: Db, ids: readonly string[]): Promise<(RequestRow | null)[]> {
  if (!ids.length) return [];
  const rows = await db
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
    )
    .where('r.id', 'in', [...new Set(ids)])
    .execute();
  return inOrder(ids, rows as unknown as RequestRow[]);
}

function requestWhere(f: CooperationRequestFilter | null | undefined) {
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
  return keysetSlice(db, base, { table: 'cooperation_requests', rank: 'submitted_rank', columns: ['id', 'submitted_at'] }, page, counted);
}

// ---------------------------------------------------------------- monitoring reports

export type ReportRow = Selectable<ReportTable> & {
  comments: { agency: string; user_id: string; at: string; text: string }[];
};

function reportColumns(eb: ExpressionBuilder<AgencyDatabase, 'monitoring_reports'>) {
  return jsonArrayFrom(
    eb
      .selectFrom('report_comments as c')
      .select(['c.agency', 'c.user_id', 'c.at', 'c.text'])
      .whereRef('c.report_id', '=', 'monitoring_reports.id')
      .orderBy('c.id'),
  ).as('comments');
}

/** The reports of many projects in one statement, latest period first. */
export async function reportsByProjects(db: Db, projectIds: readonly string[]): Promise<ReportRow[][]> {
  if (!projectIds.length) return [];
  const rows = (await db
    .selectFrom('monitoring_reports')
    .selectAll('monitoring_reports')
    .select(reportColumns)
    .where('monitoring_reports.project_id', 'in', [...new Set(projectIds)])
    .orderBy('monitoring_reports.period_end', 'desc')
    .orderBy('monitoring_reports.id', 'desc')
    .execute()) as unknown as ReportRow[];
  const byProject = new Map<string, ReportRow[]>();
  for (const r of rows) byProject.set(r.project_id, [...(byProject.get(r.project_id) ?? []), r]);
  return projectIds.map((id) => byProject.get(id) ?? []);
}

export async function reportById(db: Db, id: string): Promise<ReportRow | null> {
  const row = await db
    .selectFrom('monitoring_reports')
    .selectAll('monitoring_reports')
    .select(reportColumns)
    .where('monitoring_reports.id', '=', id)
    .executeTakeFirst();
  return (row as unknown as ReportRow | undefined) ?? null;
}

// ---------------------------------------------------------------- experts

export type ExpertRow = Selectable<ExpertTable> & {
  availability: { available_from: string; available_to: string }[];
  deployments: { project_id: string; role: string; start_date: string; end_date: string }[];
};

export async function expertsByIds(db: Db, ids: readonly string[]): Promise<(ExpertRow | null)[]> {
  if (!ids.length) return [];
  const rows = await db
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
    ])
    .where('experts.id', 'in', [...new Set(ids)])
    .execute();
  return inOrder(ids, rows as unknown as ExpertRow[]);
}

function expertWhere(f: ExpertFilter | null | undefined) {
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
  return keysetSlice(db, base, { table: 'experts', rank: 'sort_name', columns: ['id', 'name'] }, page, counted);
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

// ---------------------------------------------------------------- lessons

export type LessonRow = Selectable<LessonTable>;

/** Unpublished lessons are visible to their own agency only (`own`: the caller belongs to it). */
function lessonVisible(own: boolean) {
  return (eb: ExpressionBuilder<AgencyDatabase, 'lessons'>) => (own ? eb.lit(true) : eb('lessons.public', '=', true));
}

export async function lessonsByIds(db: Db, ids: readonly string[], own: boolean): Promise<(LessonRow | null)[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('lessons')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .where(lessonVisible(own))
    .execute();
  return inOrder(ids, rows);
}

function lessonWhere(f: LessonFilter | null | undefined) {
  return (eb: ExpressionBuilder<AgencyDatabase, 'lessons'>) => {
    const and = [];
    if (f?.projectIds?.length) and.push(eb('lessons.project_id', 'in', f.projectIds));
    if (f?.sectors?.length) and.push(sql<boolean>`lessons.sectors && ${sql.val(f.sectors)}::text[]`);
    if (f?.countries?.length) and.push(sql<boolean>`lessons.countries && ${sql.val(f.countries)}::text[]`);
    if (f?.text?.trim()) and.push(tsMatch(sql`lessons.title || ' ' || lessons.summary`, f.text));
    return eb.and(and);
  };
}

export type LessonKey = { id: string; published_at: string | null };

export async function lessonSlice(
  db: Db,
  filter: LessonFilter | null | undefined,
  page: PageArgs,
  own: boolean,
  counted?: Counted,
): Promise<Slice<LessonKey>> {
  const base = db.selectFrom('lessons').where(lessonWhere(filter)).where(lessonVisible(own));
  return keysetSlice(db, base, { table: 'lessons', rank: 'published_rank', columns: ['id', 'published_at'] }, page, counted);
}

/** The lessons of each of many projects, newest first (`Project.lessons` of a page). */
export function lessonSlicesByProject(
  db: Db,
  projectIds: readonly string[],
  first: number,
  own: boolean,
): Promise<Map<string, Slice<LessonKey>>> {
  const inner = db
    .selectFrom('lessons')
    .select(['project_id as parent', 'id', 'published_at'])
    .select(sql<number>`row_number() over (partition by project_id order by published_rank, id)`.as('rn'))
    .select(sql<number>`count(*) over (partition by project_id)`.as('total'))
    .where('project_id', 'in', [...new Set(projectIds)])
    .where(lessonVisible(own));
  return slicesByParent(db, inner, projectIds, first);
}

// ---------------------------------------------------------------- profile

export type ProfileRow = Selectable<ProfileTable>;

export async function profileOf(db: Db): Promise<ProfileRow | null> {
  return (await db.selectFrom('agency_profile').selectAll().executeTakeFirst()) ?? null;
}
