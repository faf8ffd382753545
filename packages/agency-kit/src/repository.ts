/**
 * Repository functions of an agency database. Each takes the kysely instance (or a
 * transaction) first. Reads that serve GraphQL are one SQL statement each, whatever the
 * number of records: lists return their total and page together, batch reads aggregate
 * participants, relations and ratings as JSON.
 */
import {
  ACTIVITY_STATUS,
  type EvaluationFilter,
  type InstitutionFilter,
  nameSortKey,
  type OrderKey,
  type PageArgs,
  type ProjectFilter,
} from '@ssc/contract';
import { type ExpressionBuilder, type Kysely, type Selectable, type SelectQueryBuilder, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { AgencyDatabase, EvaluationTable, InstitutionTable, ParticipantTable, ProjectTable } from './tables.ts';

export type Db = Kysely<AgencyDatabase>;

export type ProjectRow = Selectable<ProjectTable> & {
  participants: ParticipantTable[];
  relations: { related_id: string; type: number }[];
  confirmations: { agency: string; user_id: string; at: string; comment: string | null }[];
  report_count: number | string;
  next_report_due: string | null;
  monitoring_overdue: boolean;
  /** The agency's own columns, added by its migrations. */
  [column: string]: unknown;
};
export type InstitutionRow = Selectable<InstitutionTable>;
export type EvaluationRow = Selectable<EvaluationTable> & {
  ratings: { criterion: string; score: number; narrative: string | null }[];
  signoffs: { agency: string; user_id: string; at: string }[];
};

export interface Slice<T> {
  total: number;
  items: T[];
}

/** Keeps the given order of ids; ids without a record map to null. */
export function inOrder<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

// ---------------------------------------------------------------- projects

/** Today in UTC, whatever the database server's time zone. */
export const TODAY_UTC = sql<string>`(now() at time zone 'UTC')::date`;

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
      .as('report_count'),
    NEXT_REPORT_DUE.as('next_report_due'),
    sql<boolean>`coalesce(${NEXT_REPORT_DUE} < ${TODAY_UTC}, false)`.as('monitoring_overdue'),
  ];
}

/** Projects by id in one statement, in the order asked (null for unknown ids). */
export async function projectsByIds(db: Db, ids: readonly string[]): Promise<(ProjectRow | null)[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('projects')
    .selectAll('projects')
    .select(projectColumns)
    .where('projects.id', 'in', [...new Set(ids)])
    .execute();
  return inOrder(ids, rows as unknown as ProjectRow[]);
}

function projectWhere(f: ProjectFilter | null | undefined) {
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

export function keyset(rank: string, after: OrderKey | null) {
  return <DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>) =>
    after ? sql<boolean>`(${sql.ref(rank)}, ${sql.ref('id')}) > (${after[0]}, ${after[1]})` : eb.lit(true);
}

/**
 * Totals of recent searches, so that paging through one list counts its matches once. Entries
 * live `ttlMs`; every write through this process clears them all. (Another replica's writes
 * show in totals within `ttlMs`.)
 */
export class CountCache {
  readonly #entries = new Map<string, { total: number; at: number }>();
  constructor(readonly ttlMs: number) {}
  get(key: string): number | undefined {
    const e = this.#entries.get(key);
    if (!e) return undefined;
    if (Date.now() - e.at > this.ttlMs) {
      this.#entries.delete(key);
      return undefined;
    }
    return e.total;
  }
  set(key: string, total: number): void {
    if (this.ttlMs <= 0) return;
    if (this.#entries.size >= 5_000) this.#entries.clear();
    this.#entries.set(key, { total, at: Date.now() });
  }
  clear(): void {
    this.#entries.clear();
  }
}

/** Where a slice may find, and leaves, its total. */
export interface Counted {
  counts: CountCache;
  key: string;
}

/**
 * One agency's share of a list: its total for the filter (`base`), and the first `page.first`
 * records after the cursor plus one (so the caller knows whether more follow), ordered by
 * `rank` then id, in one statement. `columns` are what the page returns of each record.
 */
export async function keysetSlice<Item>(
  db: Db,
  // biome-ignore lint/suspicious/noExplicitAny: any table's filtered query
  base: SelectQueryBuilder<AgencyDatabase, any, object>,
  order: { table: keyof AgencyDatabase; rank: string; columns: readonly string[] },
  page: PageArgs,
  counted?: Counted,
): Promise<Slice<Item>> {
  const window = base
    .select(order.columns.map((c) => `${order.table}.${c}`) as never)
    .where(keyset(`${order.table}.${order.rank}`, page.after))
    .orderBy(`${order.table}.${order.rank}` as never)
    .orderBy(`${order.table}.id` as never)
    .limit(page.first + 1);
  const known = counted?.counts.get(counted.key);
  if (known !== undefined) {
    const row = await db.selectNoFrom(() => [jsonArrayFrom(window).as('items')]).executeTakeFirstOrThrow();
    return { total: known, items: row.items as Item[] };
  }
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom(base.select((e) => e.fn.countAll<number>().as('n')).as('c'))
        .select('c.n')
        .as('total'),
      jsonArrayFrom(window).as('items'),
    ])
    .executeTakeFirstOrThrow();
  const total = Number(row.total ?? 0);
  counted?.counts.set(counted.key, total);
  return { total, items: row.items as Item[] };
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
  return keysetSlice(db, base, { table: 'projects', rank: 'start_rank', columns: ['id', 'start_date', 'start_rank'] }, page, counted);
}

// ---------------------------------------------------------------- institutions

export async function institutionsByIds(db: Db, ids: readonly string[]): Promise<(InstitutionRow | null)[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('institutions')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return inOrder(ids, rows);
}

function institutionWhere(f: InstitutionFilter | null | undefined) {
  return (eb: ExpressionBuilder<AgencyDatabase, 'institutions'>) => {
    const and = [];
    if (f?.countries?.length) and.push(eb('institutions.country_code', 'in', f.countries));
    if (f?.organisationTypes?.length) and.push(eb('institutions.organisation_type', 'in', f.organisationTypes));
    if (f?.text?.trim()) {
      const like = `%${nameSortKey(f.text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      and.push(eb.or([eb('institutions.sort_name', 'like', like), eb('institutions.acronym', 'ilike', like)]));
    }
    return eb.and(and);
  };
}

export type InstitutionKey = { id: string; name: string; sort_name: string };

export async function institutionSlice(
  db: Db,
  filter: InstitutionFilter | null | undefined,
  page: PageArgs,
  counted?: Counted,
): Promise<Slice<InstitutionKey>> {
  const base = db.selectFrom('institutions').where(institutionWhere(filter));
  return keysetSlice(db, base, { table: 'institutions', rank: 'sort_name', columns: ['id', 'name', 'sort_name'] }, page, counted);
}

// ---------------------------------------------------------------- evaluations

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

/**
 * Drafts are visible only to their evaluating agencies: `viewer` is the caller's agency code
 * (null for anonymous callers, who see final evaluations only).
 */
function visibleTo(viewer: string | null) {
  return (eb: ExpressionBuilder<AgencyDatabase, 'evaluations'>) =>
    viewer
      ? eb.or([eb('evaluations.status', '=', 'FINAL'), sql<boolean>`evaluations.evaluators && ${sql.val([viewer])}::text[]`])
      : eb('evaluations.status', '=', 'FINAL');
}

export async function evaluationsByIds(db: Db, ids: readonly string[], viewer: string | null): Promise<(EvaluationRow | null)[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('evaluations')
    .selectAll('evaluations')
    .select(evaluationColumns)
    .where('evaluations.id', 'in', [...new Set(ids)])
    .where(visibleTo(viewer))
    .execute();
  return inOrder(ids, rows as unknown as EvaluationRow[]);
}

function evaluationWhere(f: EvaluationFilter | null | undefined) {
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
  return keysetSlice(db, base, { table: 'evaluations', rank: 'date_rank', columns: ['id', 'date', 'date_rank'] }, page, counted);
}

/**
 * Slices of one list for many parents at once (the nested `Project.evaluations` of a page, its
 * experts, its lessons): one statement for any number of parents, each slice its total and
 * first `first + 1` items. `inner` selects `parent`, `rn` (the item's row number within its
 * parent, in list order), `total` (the parent's count) and the item's columns.
 */
export async function slicesByParent<Item>(
  db: Db,
  // biome-ignore lint/suspicious/noExplicitAny: any table's windowed query
  inner: SelectQueryBuilder<AgencyDatabase, any, any>,
  parents: readonly string[],
  first: number,
): Promise<Map<string, Slice<Item>>> {
  const out = new Map<string, Slice<Item>>(parents.map((id) => [id, { total: 0, items: [] }]));
  if (!parents.length) return out;
  const rows = (await db
    .selectFrom(inner.as('t'))
    .selectAll()
    .where('t.rn', '<=', first + 1)
    .orderBy('t.parent')
    .orderBy('t.rn')
    .execute()) as ({ parent: string; rn: number; total: number | string } & Item)[];
  for (const { parent, rn: _rn, total, ...item } of rows) {
    const slice = out.get(parent) as Slice<Item>;
    slice.total = Number(total);
    slice.items.push(item as unknown as Item);
  }
  return out;
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
