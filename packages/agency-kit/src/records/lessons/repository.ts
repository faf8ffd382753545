/** Reads and writes of lessons. */
import type { LessonFilter, PageArgs } from '@ssc/contract';
import { type ExpressionBuilder, type Insertable, type NotNull, type Selectable, sql } from 'kysely';
import { type Counted, type Db, inOrder, keysetSlice, type Slice, slicesByParent, type Trx, tsMatch } from '../../query.ts';
import type { AgencyDatabase, LessonTable } from '../../tables.ts';

// ---------------------------------------------------------------- reads

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
  return keysetSlice(
    db,
    base,
    { table: 'lessons', rank: 'published_rank', select: (q) => q.select(['lessons.id', 'lessons.published_at']) },
    page,
    counted,
  );
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
    .where(lessonVisible(own))
    // the condition above leaves out lessons without a project
    .$narrowType<{ parent: NotNull }>();
  return slicesByParent(db, inner, projectIds, first);
}

// ---------------------------------------------------------------- writes

export type NewLesson = Insertable<LessonTable>;

export async function insertLesson(trx: Trx, row: NewLesson): Promise<void> {
  await trx.insertInto('lessons').values(row).execute();
}

/** Inserts the lessons whose id is new (existing ones are kept as they are); returns how many. */
export async function insertNewLessons(trx: Trx, rows: readonly NewLesson[]): Promise<number> {
  if (!rows.length) return 0;
  const r = await trx
    .insertInto('lessons')
    .values([...rows])
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0);
}

export async function lockLesson(trx: Trx, id: string) {
  return trx.selectFrom('lessons').select(['id', 'public', 'published_at']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function publishLesson(trx: Trx, id: string, at: Date, rank: number): Promise<void> {
  await trx.updateTable('lessons').set({ public: true, published_at: at, published_rank: rank }).where('id', '=', id).execute();
}
